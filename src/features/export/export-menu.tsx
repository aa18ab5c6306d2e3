import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { CsvDataset } from '@/domain/export/csv'
import type { ExportView } from '@/domain/export/panel-scope'
import type { Translate } from '@/domain/export/text'
import { MenuButton, MenuItem } from '@/shared/ui/menu-button'
import { type AppState, useAppStore } from '@/store/app-store'
import { selectFilesSettled } from '@/store/file-selectors'

import { localized } from '@/shared/format/format'

import { CsvDialectSwitch } from './csv-dialect-switch'
import { DATA_ITEMS } from './data-exports'
import { embedCode } from './embed-code'
import { saveCsv, saveGeoJson } from './export-files'
import {
  type PngTarget,
  dashboardElement,
  findPanels,
  mapPanelElement,
} from './export-targets'
import './export.css'
import { PrintBrief } from './print-brief'
import { fitMapForPrint } from './print-fit'
import './print.css'
import { savePng } from './save-png'
import { useExportTask } from './use-export-task'

const CSV_ITEMS: readonly { dataset: CsvDataset; testId: string; label: string }[] = [
  { dataset: 'places', testId: 'export-csv-places', label: 'export.csvPlaces' },
  { dataset: 'visits', testId: 'export-csv-visits', label: 'export.csvVisits' },
  { dataset: 'events', testId: 'export-csv-events', label: 'export.csvEvents' },
]

/**
 * «Экспорт» in the header: a menu button with a list of exports of the current view — PNG of
 * the dashboard, the map or another panel, CSV of each dataset, GeoJSON of the places and the
 * printed brief. Progress and failures are said in a live region next to it.
 */
export function ExportMenu() {
  const { t: translate } = useTranslation()
  const t = translate as Translate
  const ready = useAppStore(dataReady)
  const [panels, setPanels] = useState<PngTarget[]>([])
  const { status, busy, run, dismiss } = useExportTask(t)
  // Inside the menu, always there: the dashboard is the app around it.
  const statusRef = useRef<HTMLParagraphElement>(null)

  useEffect(function fitTheMapWhenPrinting() {
    window.addEventListener('beforeprint', fitMapForPrint)
    return () => window.removeEventListener('beforeprint', fitMapForPrint)
  }, [])

  function png(slug: string, element: () => HTMLElement | null, view: ExportView) {
    void run(() => savePng(slug, element, view, t), 'export.pngFailed')
  }

  const disabled = busy || !ready
  return (
    <MenuButton
      block="export"
      label={
        <>
          {t('export.button')}
          <span aria-hidden="true"> ▾</span>
        </>
      }
      menuLabel={t('export.menuLabel')}
      testId="export-menu"
      onOpen={() => setPanels(findPanels())}
      listProps={{ 'data-export-skip': '' }}
      after={
        <>
          <p ref={statusRef} className="export__status" role="status" data-export-skip="">
            {status.kind === 'working'
              ? t('export.working')
              : status.kind === 'done'
                ? status.text
                : ''}
          </p>
          {status.kind === 'error' && (
            <div
              className="export__error"
              role="alert"
              data-testid="export-error"
              data-export-skip=""
            >
              <p>{status.text}</p>
              <button type="button" className="button" onClick={dismiss}>
                {t('export.dismiss')}
              </button>
            </div>
          )}
          <PrintBrief />
        </>
      }
    >
      <MenuItem
        testId="export-png-dashboard"
        disabled={disabled}
        onSelect={() =>
          png('dashboard', () => dashboardElement(statusRef.current), 'dashboard')
        }
      >
        {t('export.pngDashboard')}
      </MenuItem>
      <MenuItem
        testId="export-png-map"
        disabled={disabled}
        onSelect={() => png('map', mapPanelElement, 'map')}
      >
        {t('export.pngMap')}
      </MenuItem>
      {panels.map((panel) => (
        <MenuItem
          key={panel.slug}
          testId={`export-png-${panel.slug}`}
          disabled={disabled}
          onSelect={() => png(panel.slug, () => panel.element, panel.id)}
        >
          {t('export.pngPanel', { title: panel.title })}
        </MenuItem>
      ))}
      <CsvDialectSwitch />
      {CSV_ITEMS.map((item) => (
        <MenuItem
          key={item.dataset}
          testId={item.testId}
          disabled={disabled}
          onSelect={() =>
            void run(
              () => saveCsv(item.dataset, useAppStore.getState(), t),
              'export.fileFailed',
            )
          }
        >
          {t(item.label)}
        </MenuItem>
      ))}
      <MenuItem
        testId="export-geojson"
        disabled={disabled}
        onSelect={() =>
          void run(() => saveGeoJson(useAppStore.getState(), t), 'export.fileFailed')
        }
      >
        {t('export.geojson')}
      </MenuItem>
      {DATA_ITEMS.map((item) => (
        <MenuItem
          key={item.testId}
          testId={item.testId}
          disabled={item.needsData ? disabled : busy}
          onSelect={() =>
            void run(() => item.save(useAppStore.getState()), 'export.fileFailed')
          }
        >
          {item.text(t)}
        </MenuItem>
      ))}
      <MenuItem testId="export-print" disabled={busy} onSelect={() => window.print()}>
        {t('export.print')}
      </MenuItem>
      <MenuItem
        testId="export-embed"
        disabled={busy}
        onSelect={() =>
          void run(copyEmbedCode, 'export.embedFailed', 'export.embedCopied')
        }
      >
        {t('export.embed')}
      </MenuItem>
    </MenuButton>
  )
}

/** Puts the `<iframe>` of this view on the clipboard; resolves to the embedded address. */
async function copyEmbedCode(): Promise<string> {
  const { manifest, language } = useAppStore.getState()
  const title =
    manifest.status === 'ready'
      ? localized(manifest.manifest.title, language)
      : 'Промкарта'
  const code = embedCode(window.location.href, title)
  await navigator.clipboard.writeText(code)
  return code
}

const selectExportFilesSettled = selectFilesSettled([
  'enterprises',
  'parks',
  'visits',
  'events',
])

/** The manifest and the four main files have settled (loaded or failed): exports are whole. */
function dataReady(s: AppState): boolean {
  if (s.manifest.status === 'error') return true
  return s.manifest.status === 'ready' && selectExportFilesSettled(s)
}
