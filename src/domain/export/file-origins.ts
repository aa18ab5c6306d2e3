import type { Datasets } from '../schema/datasets'
import { IMPORT_KINDS } from '../import/import-kinds'
import {
  type FileOrigin,
  fileOriginNote,
  fileOriginOf,
  isFileSourceId,
} from '../import/import-sources'

/**
 * Imported records made fit for a data folder. The sources schema requires a URL, and a user's
 * file has none, so the file is not written as a source entry: it goes into the record's
 * `notes` («Файл: enterprises.xlsx, загружен 29.11.2026, строка 14»), and its id leaves
 * `sources` when the record cites a link besides. A record citing only its file keeps the id
 * (a schema needs one source at least): loading the folder then warns of an unknown source.
 */
export function withFileNotes(
  datasets: Datasets,
  origins: readonly FileOrigin[],
): Datasets {
  if (origins.length === 0) return datasets
  const out: Datasets = { ...datasets }
  for (const kind of IMPORT_KINDS) {
    ;(out as Record<string, unknown>)[kind] = (
      datasets[kind] as {
        id: string
        sources: string[]
        notes?: { ru: string; en?: string }
      }[]
    ).map((record) => {
      const fileIds = record.sources.filter(
        (id) => isFileSourceId(id) && !datasets.sources.some((s) => s.id === id),
      )
      if (fileIds.length === 0) return record
      const origin = fileOriginOf(origins, record.id)
      if (!origin) return record
      const others = record.sources.filter((id) => !fileIds.includes(id))
      const note = fileOriginNote(origin)
      return {
        ...record,
        sources: others.length > 0 ? others : record.sources,
        notes: record.notes
          ? {
              ru: `${record.notes.ru}\n${note.ru}`,
              en: `${record.notes.en ?? record.notes.ru}\n${note.en ?? ''}`,
            }
          : note,
      }
    })
  }
  return out
}
