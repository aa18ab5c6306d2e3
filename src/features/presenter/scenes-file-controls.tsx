import { type ChangeEvent, useRef } from 'react'
import { useTranslation } from 'react-i18next'

import { MAX_SCENES } from '@/domain/scenes/scene-list'
import {
  SCENES_EXPORT_NAME,
  parseScenesText,
  serialiseScenes,
} from '@/domain/scenes/scenes-file'
import type { Scene } from '@/domain/schema/scene'
import { useAppStore } from '@/store/app-store'

import type { ScenesNotice } from './scenes-notice'
import { downloadText } from './share'

/** The largest scenes file read; anything bigger is not a scenes file. */
const MAX_FILE_BYTES = 2_000_000

/**
 * Export writes every listed scene in the data folder's `scenes.json` format; import checks a
 * file in full and adds its scenes only when all of them are valid.
 */
export function ScenesFileControls({
  scenes,
  onNotice,
}: {
  scenes: readonly Scene[]
  onNotice: (notice: ScenesNotice) => void
}) {
  const { t } = useTranslation()
  const inputRef = useRef<HTMLInputElement>(null)
  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target
    const file = input.files?.[0]
    input.value = ''
    if (!file) return
    const fail = (details: string[]) =>
      onNotice({
        kind: 'error',
        text: t('presenter.importFailed', { file: file.name }),
        details,
      })
    if (file.size > MAX_FILE_BYTES) {
      fail([t('presenter.tooBig', { size: Math.round(file.size / 1024) })])
      return
    }
    let text: string
    try {
      text = await file.text()
    } catch {
      fail([t('presenter.unreadable')])
      return
    }
    const parsed = parseScenesText(text)
    if (!parsed.ok) {
      fail(parsed.details)
      return
    }
    const { added, skipped, full } = useAppStore.getState().importScenes(parsed.scenes)
    const said =
      skipped > 0
        ? t('presenter.importedSkipped', { file: file.name, added, skipped })
        : t('presenter.imported', { file: file.name, added })
    onNotice({
      kind: 'info',
      text:
        full > 0
          ? `${said}. ${t('presenter.importedFull', { full, max: MAX_SCENES })}`
          : said,
    })
  }
  return (
    <div className="scenes-file" role="group" aria-label={t('presenter.fileHeading')}>
      <button
        type="button"
        className="button"
        disabled={scenes.length === 0}
        onClick={() =>
          downloadText(serialiseScenes(scenes), SCENES_EXPORT_NAME, 'application/json')
        }
        data-testid="scenes-export"
      >
        {t('presenter.export')}
      </button>
      <button type="button" className="button" onClick={() => inputRef.current?.click()}>
        {t('presenter.import')}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        hidden
        tabIndex={-1}
        onChange={(event) => void importFile(event)}
        data-testid="scenes-import"
      />
    </div>
  )
}
