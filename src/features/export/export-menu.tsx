import {
  type FocusEvent,
  type KeyboardEvent,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react'
import { useTranslation } from 'react-i18next'

import type { CsvDataset } from '@/domain/export/csv'
import { exportFileName, localDay } from '@/domain/export/file-name'
import type { Translate } from '@/domain/export/text'
import { formatDate } from '@/shared/format/format'
import { type AppState, useAppStore } from '@/store/app-store'
import {
  selectDatasets,
  selectFilteredEvents,
  selectFilteredPlaces,
  selectFilteredVisits,
  selectFilesSettled,
  selectRevealedVisits,
  selectVisiblePlaces,
} from '@/store/selectors'

import { makeBrief } from './brief'
import { capturePng } from './capture'
import { downloadBlob } from './download'
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
import { buildStamp } from './stamp'

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string }

/** How long «Сохранён файл …» stays before it clears itself. */
const DONE_MESSAGE_MS = 6000

const CSV_ITEMS: readonly { dataset: CsvDataset; testId: string; label: string }[] = [
  { dataset: 'places', testId: 'export-csv-places', label: 'export.csvPlaces' },
  { dataset: 'visits', testId: 'export-csv-visits', label: 'export.csvVisits' },
  { dataset: 'events', testId: 'export-csv-events', label: 'export.csvEvents' },
]

/**
 * «Экспорт» in the header: a disclosure button with a list of exports of the current view —
 * PNG of the dashboard, the map or another panel, CSV of each dataset, GeoJSON of the places
 * and the printed brief. Esc closes the list and returns focus to the button; the arrow keys
 * move between the items. Progress and failures are said in a live region next to it.
 */
export function ExportMenu() {
  const { t: translate } = useTranslation()
  const t = translate as Translate
  const ready = useAppStore(dataReady)
  const [open, setOpen] = useState(false)
  const [panels, setPanels] = useState<PngTarget[]>([])
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const rootRef = useRef<HTMLDivElement>(null)
  const toggleRef = useRef<HTMLButtonElement>(null)
  const listId = useId()
  const busy = status.kind === 'working'

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false)
    if (returnFocus) toggleRef.current?.focus()
  }, [])

  useEffect(
    function closeOnOutsidePointerOrEscape() {
      if (!open) return
      const onPointerDown = (event: PointerEvent) => {
        if (!rootRef.current?.contains(event.target as Node)) close(false)
      }
      // Esc closes the list wherever focus is, and focus goes back to the button.
      const onKeyDown = (event: globalThis.KeyboardEvent) => {
        if (event.key !== 'Escape') return
        event.preventDefault()
        close(true)
      }
      document.addEventListener('pointerdown', onPointerDown)
      document.addEventListener('keydown', onKeyDown)
      return () => {
        document.removeEventListener('pointerdown', onPointerDown)
        document.removeEventListener('keydown', onKeyDown)
      }
    },
    [open, close],
  )

  useEffect(function fitTheMapWhenPrinting() {
    window.addEventListener('beforeprint', fitMapForPrint)
    return () => window.removeEventListener('beforeprint', fitMapForPrint)
  }, [])

  useEffect(
    function clearDoneMessage() {
      if (status.kind !== 'done') return
      const timer = window.setTimeout(() => setStatus({ kind: 'idle' }), DONE_MESSAGE_MS)
      return () => window.clearTimeout(timer)
    },
    [status],
  )

  function toggle() {
    if (!open) setPanels(findPanels())
    setOpen(!open)
  }

  async function run(task: () => Promise<string>, failure: string) {
    close(true)
    setStatus({ kind: 'working' })
    try {
      const name = await task()
      setStatus({ kind: 'done', text: t('export.saved', { name }) })
    } catch (error) {
      setStatus({ kind: 'error', text: t(failure, { reason: reasonOf(error, t) }) })
    }
  }

  function savePng(slug: string, element: () => HTMLElement | null, scope: Scope) {
    void run(async () => {
      // Let the closed list and the «working» message render before the picture is taken.
      await nextFrame()
      const node = element()
      if (!node?.isConnected) throw new Error(t('export.noPanel'))
      const state = useAppStore.getState()
      const now = new Date()
      const brief = makeBrief({
        manifest: state.manifest,
        datasets: selectDatasets(state),
        filters: state.filters,
        cursor: state.timelineCursor,
        records: recordsIn(state, scope),
        locale: state.language,
        t,
      })
      const stamp = buildStamp(
        brief,
        {
          filters: t('export.stamp.filters'),
          sources: t('export.stamp.sources'),
          exported: t('export.stamp.exported', {
            date: formatDate(localDay(now), 'day', state.language),
          }),
        },
        state.language,
      )
      const blob = await capturePng(node, stamp)
      const name = exportFileName(slug, localDay(now), 'png')
      downloadBlob(blob, name)
      return name
    }, 'export.pngFailed')
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (!open || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return
    const items = [
      ...(rootRef.current?.querySelectorAll<HTMLButtonElement>(
        '.export__item:not(:disabled)',
      ) ?? []),
    ]
    if (items.length === 0) return
    event.preventDefault()
    const at = items.indexOf(document.activeElement as HTMLButtonElement)
    const step = event.key === 'ArrowDown' ? 1 : -1
    const next = at === -1 ? (step === 1 ? 0 : items.length - 1) : at + step
    items[(next + items.length) % items.length]?.focus()
  }

  function onBlur(event: FocusEvent<HTMLDivElement>) {
    const next = event.relatedTarget as Node | null
    if (open && next && !rootRef.current?.contains(next)) close(false)
  }

  const disabled = busy || !ready
  return (
    <div className="export" ref={rootRef} onBlur={onBlur}>
      <button
        ref={toggleRef}
        type="button"
        className="button export__toggle"
        aria-expanded={open}
        aria-controls={listId}
        data-testid="export-menu"
        onClick={toggle}
        onKeyDown={onKeyDown}
      >
        {t('export.button')}
        <span aria-hidden="true"> ▾</span>
      </button>
      <ul
        id={listId}
        className="export__menu"
        aria-label={t('export.menuLabel')}
        hidden={!open}
        data-export-skip=""
      >
        <Item
          onKeyDown={onKeyDown}
          testId="export-png-dashboard"
          disabled={disabled}
          onClick={() =>
            savePng('dashboard', () => dashboardElement(rootRef.current), 'all')
          }
        >
          {t('export.pngDashboard')}
        </Item>
        <Item
          onKeyDown={onKeyDown}
          testId="export-png-map"
          disabled={disabled}
          onClick={() => savePng('map', mapPanelElement, 'map')}
        >
          {t('export.pngMap')}
        </Item>
        {panels.map((panel) => (
          <Item
            onKeyDown={onKeyDown}
            key={panel.slug}
            testId={`export-png-${panel.slug}`}
            disabled={disabled}
            onClick={() => savePng(panel.slug, () => panel.element, 'all')}
          >
            {t('export.pngPanel', { title: panel.title })}
          </Item>
        ))}
        {CSV_ITEMS.map((item) => (
          <Item
            onKeyDown={onKeyDown}
            key={item.dataset}
            testId={item.testId}
            disabled={disabled}
            onClick={() =>
              void run(
                () => saveCsv(item.dataset, useAppStore.getState(), t),
                'export.fileFailed',
              )
            }
          >
            {t(item.label)}
          </Item>
        ))}
        <Item
          onKeyDown={onKeyDown}
          testId="export-geojson"
          disabled={disabled}
          onClick={() =>
            void run(() => saveGeoJson(useAppStore.getState(), t), 'export.fileFailed')
          }
        >
          {t('export.geojson')}
        </Item>
        <Item
          onKeyDown={onKeyDown}
          testId="export-print"
          disabled={busy}
          onClick={() => {
            close(true)
            window.print()
          }}
        >
          {t('export.print')}
        </Item>
      </ul>
      <p className="export__status" role="status" data-export-skip="">
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
          <button
            type="button"
            className="button"
            onClick={() => setStatus({ kind: 'idle' })}
          >
            {t('export.dismiss')}
          </button>
        </div>
      )}
      <PrintBrief />
    </div>
  )
}

function Item({
  testId,
  disabled,
  onClick,
  onKeyDown,
  children,
}: {
  testId: string
  disabled: boolean
  onClick: () => void
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void
  children: string
}) {
  return (
    <li>
      <button
        type="button"
        className="export__item"
        data-testid={testId}
        disabled={disabled}
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        {children}
      </button>
    </li>
  )
}

/** Which records an image shows, so its stamp lists their sources. */
type Scope = 'all' | 'map'

function recordsIn(state: AppState, scope: Scope) {
  if (scope === 'map')
    return [
      ...selectVisiblePlaces(state).map((p) => p.record),
      ...selectRevealedVisits(state),
    ]
  return [
    ...selectFilteredPlaces(state).map((p) => p.record),
    ...selectFilteredVisits(state),
    ...selectFilteredEvents(state),
  ]
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

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()))
}

/** html-to-image rejects with a bare `Event` when an image fails; say something readable. */
function reasonOf(error: unknown, t: Translate): string {
  if (error instanceof Error)
    return error.message === 'empty' ? t('export.emptyImage') : error.message
  return t('export.unknownReason')
}
