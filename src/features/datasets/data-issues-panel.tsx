import { useDeferredValue } from 'react'
import { useTranslation } from 'react-i18next'

import type { ImportIssue } from '@/domain/import/messages'
import { groupImportIssues, groupIssues } from '@/domain/load/group-issues'
import type { DatasetIssue } from '@/domain/load/issues'
import { Panel } from '@/shared/ui/panel'
import { useAppStore } from '@/store/app-store'
import {
  type FileSummary,
  selectFileSummaries,
  selectIssueCount,
} from '@/store/file-selectors'
import type { ImportedFile } from '@/store/import-slice'

import { IssueGroups } from './issue-groups'
import { loadDatasets, reloadDatasetFile } from './load-datasets'

/**
 * «Качество данных»: per file, how many records are shown and its issues grouped by field and
 * message with counts; a group opens to its located records, a page at a time.
 */
export function DataIssuesPanel() {
  const { t } = useTranslation()
  // Drawn in a transition that yields to input: a file of 200,000 issues groups them first.
  const summaries = useDeferredValue(useAppStore(selectFileSummaries))
  const files = useDeferredValue(useAppStore((s) => s.files))
  const manifest = useAppStore((s) => s.manifest)
  const source = useAppStore((s) => s.source)
  const imported = useAppStore((s) => s.imported)
  const issueCount =
    useAppStore(selectIssueCount) + imported.reduce((sum, f) => sum + f.issues.length, 0)
  const faults = summaries.filter((s) => s.status === 'error').length
  return (
    <Panel
      panel="quality"
      title={t('quality.title')}
      testId="data-issues"
      className="panel--quality"
    >
      {manifest.status === 'error' ? (
        <div role="alert" className="quality-fault">
          <p>
            <strong>{t('quality.manifestFailed', { file: manifest.fault.file })}</strong>:{' '}
            {manifest.fault.message}
          </p>
          {manifest.details && (
            <ul>
              {manifest.details.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          <button
            type="button"
            className="button"
            onClick={() => source && void loadDatasets(source)}
          >
            {t('quality.retry')}
          </button>
        </div>
      ) : (
        <>
          <p className="quality-summary" data-testid="data-issues-summary">
            {issueCount + faults === 0 && manifest.status === 'ready'
              ? t('quality.none')
              : t('quality.summary', { count: issueCount + faults })}
          </p>
          <ul className="quality-files">
            {summaries.map((summary) => {
              const state = files[summary.kind]
              return (
                <li
                  key={summary.kind}
                  className="quality-file"
                  data-testid={`data-issues-file-${summary.kind}`}
                >
                  <FileHeading summary={summary} />
                  {state.status === 'error' && (
                    <div role="alert" className="quality-fault">
                      <p>
                        {t('quality.fileFailed')}: {state.fault.message}
                      </p>
                      <button
                        type="button"
                        className="button"
                        aria-label={t('quality.retryFile', { file: summary.file })}
                        onClick={() =>
                          source && void reloadDatasetFile(source, summary.kind)
                        }
                      >
                        {t('quality.retry')}
                      </button>
                    </div>
                  )}
                  {summary.issues.length > 0 && (
                    <DatasetIssueGroups issues={summary.issues} />
                  )}
                </li>
              )
            })}
            {imported.map((file) => (
              <ImportedFileItem key={file.id} file={file} />
            ))}
          </ul>
        </>
      )}
    </Panel>
  )
}

function FileHeading({ summary }: { summary: FileSummary }) {
  const { t } = useTranslation()
  return (
    <h3 className="quality-file__name">
      <span>{t(`files.${summary.kind}`)}</span> <code>{summary.file}</code>{' '}
      <span className="quality-file__count">
        {summary.status === 'ready'
          ? t('quality.shown', { shown: summary.shown, total: summary.total })
          : summary.status === 'error'
            ? t('quality.fileFailed')
            : t('quality.fileLoading')}
      </span>
    </h3>
  )
}

function DatasetIssueGroups({ issues }: { issues: readonly DatasetIssue[] }) {
  const { t } = useTranslation()
  return (
    <IssueGroups
      groups={groupIssues(issues)}
      total={issues.length}
      fieldLabel={(path) =>
        path ? t('quality.field', { path }) : t('quality.wholeRecord')
      }
      renderIssue={(issue, i) => <IssueItem key={i} issue={issue} />}
    />
  )
}

function IssueItem({ issue }: { issue: DatasetIssue }) {
  const { t } = useTranslation()
  return (
    <li
      className={`quality-issue quality-issue--${issue.severity}`}
      data-testid="data-issue"
    >
      <span className="quality-issue__where">
        <code>{issue.file}</code>,{' '}
        {issue.index >= 0
          ? t('quality.record', { n: issue.index + 1 })
          : t('quality.wholeFile')}
        {issue.id !== undefined && (
          <>
            {' '}
            (<code>{issue.id}</code>)
          </>
        )}
        ,{' '}
        {issue.path ? t('quality.field', { path: issue.path }) : t('quality.wholeRecord')}
      </span>{' '}
      <span className="quality-issue__severity">
        [{issue.severity === 'error' ? t('quality.error') : t('quality.warning')}]
      </span>{' '}
      <span className="quality-issue__message">{issue.message}</span>
    </li>
  )
}

/** A file the user imported: its rows shown, and each remark at its Excel row and column. */
function ImportedFileItem({ file }: { file: ImportedFile }) {
  const { t } = useTranslation()
  const language = useAppStore((s) => s.language)
  return (
    <li className="quality-file" data-testid="data-issues-imported">
      <h3 className="quality-file__name">
        <span>{t('import.quality.heading')}</span> <code>{file.file}</code>{' '}
        <span className="quality-file__count">
          {t('import.quality.shown', { shown: file.records.length, total: file.rows })}
        </span>
      </h3>
      {file.issues.length > 0 && (
        <IssueGroups
          groups={groupImportIssues(file.issues, language)}
          total={file.issues.length}
          fieldLabel={(column) =>
            column ? t('import.quality.column', { column }) : t('qualityGroups.wholeRow')
          }
          renderIssue={(issue, i) => <ImportIssueItem key={i} issue={issue} />}
        />
      )}
    </li>
  )
}

function ImportIssueItem({ issue }: { issue: ImportIssue }) {
  const { t } = useTranslation()
  const language = useAppStore((s) => s.language)
  return (
    <li
      className={`quality-issue quality-issue--${issue.severity}`}
      data-testid="data-issue"
    >
      <span className="quality-issue__where">
        <code>{issue.file}</code>,{' '}
        {issue.row !== undefined
          ? t('import.quality.where', { row: issue.row })
          : t('quality.wholeFile')}
        {issue.column !== undefined &&
          `, ${t('import.quality.column', { column: issue.column })}`}
      </span>{' '}
      <span className="quality-issue__severity">
        [{issue.severity === 'error' ? t('quality.error') : t('quality.warning')}]
      </span>{' '}
      <span className="quality-issue__message">{issue.message[language]}</span>
    </li>
  )
}
