/**
 * Checks a data folder the way the dashboard will load it, before it is published:
 *
 *   npm run check:data              # the bundled folder, data/
 *   npm run check:data -- ../pskov  # another folder
 *
 * Prints every issue with its file, record, field and message (the same ones the «Качество
 * данных» panel shows) and exits with 1 when any record or file would not be shown as is.
 */
import { DATASET_KINDS, type DatasetKind } from '../src/domain/schema/values'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

import { type ParsedDatasets, crossCheck } from '../src/domain/load/cross-check'
import type { DatasetIssue } from '../src/domain/load/issues'
import { parseDataset } from '../src/domain/load/parse-dataset'
import { parseJsonText } from '../src/domain/load/parse-json'
import { manifestSchema } from '../src/domain/schema/manifest'

const folder = resolve(process.argv[2] ?? 'data')

function readJson(file: string): unknown {
  const path = join(folder, file)
  if (!existsSync(path)) throw new Error(`${file}: нет файла ${path}`)
  const parsed = parseJsonText(file, readFileSync(path, 'utf8'))
  if (!parsed.ok) throw new Error(`${file}: ${parsed.fault.message}`)
  return parsed.value
}

function describe(issue: DatasetIssue): string {
  const record = `запись №${issue.index + 1}${issue.id ? ` (${issue.id})` : ''}`
  const field = issue.path ? `, поле ${issue.path}` : ''
  return `${issue.severity === 'error' ? 'ошибка' : 'предупреждение'}: ${issue.file}, ${record}${field}: ${issue.message}`
}

function main(): number {
  let manifestValue: unknown
  try {
    manifestValue = readJson('manifest.json')
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    return 1
  }
  const manifest = manifestSchema.safeParse(manifestValue)
  if (!manifest.success) {
    console.error(`manifest.json: ${manifest.error.message}`)
    return 1
  }
  const parsed: ParsedDatasets = {}
  const problems: string[] = []
  const issues: DatasetIssue[] = []
  for (const kind of DATASET_KINDS) {
    const file = manifest.data.files[kind]
    try {
      const result = parseDataset(kind, file, readJson(file))
      if (!result.ok) {
        problems.push(`${file}: ${result.fault.message}`)
        continue
      }
      issues.push(...result.dataset.issues)
      ;(parsed as Record<DatasetKind, unknown>)[kind] = result.dataset
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error))
    }
  }
  issues.push(...crossCheck(parsed).issues)
  for (const line of [...problems, ...issues.map(describe)]) console.log(line)
  const records = DATASET_KINDS.reduce((sum, kind) => sum + (parsed[kind]?.total ?? 0), 0)
  console.log(
    `${folder}: ${records} записей, файлов с ошибкой ${problems.length}, замечаний ${issues.length}`,
  )
  return problems.length + issues.length > 0 ? 1 : 0
}

process.exitCode = main()
