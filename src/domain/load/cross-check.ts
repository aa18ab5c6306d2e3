import { DATASET_KINDS, type DatasetKind } from '../schema/values'
import type { Datasets } from '../schema/datasets'
import { type ContentContext, contentIssues, homeRegionIssues } from './content-checks'
import type { DatasetIssue } from './issues'
import { type Centres, withCheckedLocation } from './location-check'
import type { ParsedDataset } from './parse-dataset'

export type ParsedDatasets = { [K in DatasetKind]?: ParsedDataset<K> }

export interface CrossCheckResult {
  datasets: Datasets
  issues: DatasetIssue[]
}

interface Located {
  kind: DatasetKind
  file: string
  index: number
  id: string
}

/**
 * Checks what one file cannot check alone: duplicate ids (the first record stays, repeats are
 * dropped and listed), references to other files, positions far from the region or
 * municipality they claim (the position is then ignored), and end dates before start dates.
 * References into a file that failed to load are not checked. Pure: inputs are not mutated.
 */
export function crossCheck(
  parsed: ParsedDatasets,
  context: Partial<ContentContext> = {},
): CrossCheckResult {
  const issues: DatasetIssue[] = []
  const deduped = dedupe(parsed, issues)
  const ids = idSets(deduped.records, new Set(DATASET_KINDS.filter((k) => parsed[k])))
  const refs = referenceChecker(ids, issues)
  const locate = locator(parsed, deduped)

  for (const [i, e] of deduped.records.enterprises.entries()) {
    const at = locate('enterprises', i, e.id)
    refs.many(at, 'industries', e.industries, 'industries')
    refs.one(at, 'municipality', e.municipality, 'municipalities')
    refs.one(at, 'park', e.park, 'parks')
    refs.one(at, 'region', e.region, 'regions')
    refs.many(at, 'sources', e.sources, 'sources')
  }
  for (const [i, p] of deduped.records.parks.entries()) {
    const at = locate('parks', i, p.id)
    refs.many(at, 'industries', p.industries, 'industries')
    refs.one(at, 'municipality', p.municipality, 'municipalities')
    refs.one(at, 'region', p.region, 'regions')
    refs.many(at, 'sources', p.sources, 'sources')
  }
  for (const [i, v] of deduped.records.visits.entries()) {
    const at = locate('visits', i, v.id)
    refs.one(at, 'fromRegion', v.fromRegion, 'regions')
    refs.one(at, 'toRegion', v.toRegion, 'regions')
    refs.many(at, 'sitesVisited', v.sitesVisited, 'enterprises', 'parks')
    refs.many(at, 'organisations', v.organisations, 'enterprises', 'parks')
    refs.many(at, 'sources', v.sources, 'sources')
    if (v.endDate !== undefined && v.endDate < v.date) {
      issues.push({
        ...at(),
        path: 'endDate',
        code: 'end-before-start',
        severity: 'warning',
        message: `Дата окончания ${v.endDate} раньше даты начала ${v.date}`,
      })
    }
  }
  for (const [i, ev] of deduped.records.events.entries()) {
    const at = locate('events', i, ev.id)
    refs.many(at, 'regions', ev.regions, 'regions')
    refs.many(at, 'entities', ev.entities, 'enterprises', 'parks')
    refs.one(at, 'visit', ev.visit, 'visits')
    refs.many(at, 'sources', ev.sources, 'sources')
  }
  for (const [i, r] of deduped.records.regions.entries()) {
    refs.many(locate('regions', i, r.id), 'sources', r.sources, 'sources')
  }
  for (const [i, m] of deduped.records.municipalities.entries()) {
    refs.many(locate('municipalities', i, m.id), 'sources', m.sources, 'sources')
  }

  const centres: Centres = {
    municipalities: new Map(deduped.records.municipalities.map((m) => [m.id, m])),
    regions: new Map(deduped.records.regions.map((r) => [r.id, r])),
  }
  const datasets: Datasets = {
    ...deduped.records,
    enterprises: deduped.records.enterprises.map((e, i) =>
      withCheckedLocation(e, locate('enterprises', i, e.id), centres, issues),
    ),
    parks: deduped.records.parks.map((p, i) =>
      withCheckedLocation(p, locate('parks', i, p.id), centres, issues),
    ),
  }
  const today = context.today ?? new Date().toISOString().slice(0, 10)
  issues.push(...contentIssues(deduped.records, locate, { today }))
  if (context.homeRegion !== undefined && parsed.regions)
    issues.push(
      ...homeRegionIssues(
        deduped.records,
        locate,
        context.homeRegion,
        parsed.regions.file,
      ),
    )
  return { datasets, issues }
}

interface Deduped {
  records: Datasets
  positions: { [K in DatasetKind]: number[] }
}

/**
 * Enterprises and parks share one space of ids (visits and events name either in one list),
 * so an id is kept once across both files: the enterprise, which comes first.
 */
const SHARED_IDS: Partial<Record<DatasetKind, DatasetKind>> = { parks: 'enterprises' }

function dedupe(parsed: ParsedDatasets, issues: DatasetIssue[]): Deduped {
  const positions = {} as Deduped['positions']
  const out = {} as Datasets
  const seenByKind = new Map<DatasetKind, Map<string, number>>()
  for (const kind of DATASET_KINDS) {
    const dataset = parsed[kind] as ParsedDataset<typeof kind> | undefined
    const seen = new Map<string, number>()
    seenByKind.set(kind, seen)
    const sharedKind = SHARED_IDS[kind]
    const shared = sharedKind ? seenByKind.get(sharedKind) : undefined
    const kept: (typeof dataset & object)['records'] = []
    const keptAt: number[] = []
    dataset?.records.forEach((record, i) => {
      const index = dataset.indices[i] ?? i
      const repeat = (message: string) =>
        issues.push({
          kind,
          file: dataset.file,
          index,
          id: record.id,
          path: 'id',
          code: 'duplicate-id',
          severity: 'error',
          message,
        })
      const clash = shared?.get(record.id)
      if (sharedKind && clash !== undefined) {
        repeat(
          `Идентификатор «${record.id}» уже занят записью №${clash + 1} в ${parsed[sharedKind]?.file ?? sharedKind}; визиты и события не различили бы их, эта запись не показана`,
        )
        return
      }
      const first = seen.get(record.id)
      if (first !== undefined) {
        repeat(
          `Повтор идентификатора «${record.id}» (впервые в записи №${first + 1}); повтор не показан`,
        )
        return
      }
      seen.set(record.id, index)
      kept.push(record)
      keptAt.push(index)
    })
    ;(out as Record<DatasetKind, unknown[]>)[kind] = kept
    positions[kind] = keptAt
  }
  return { records: out, positions }
}

/**
 * Where record `i` of the deduplicated `kind` list sits in its file, made only when an issue
 * needs it.
 */
function locator(parsed: ParsedDatasets, deduped: Deduped) {
  return (kind: DatasetKind, i: number, id: string) => (): Located => ({
    kind,
    file: parsed[kind]?.file ?? kind,
    index: deduped.positions[kind][i] ?? i,
    id,
  })
}

type IdSets = { [K in DatasetKind]?: Set<string> }

function idSets(datasets: Datasets, loaded: ReadonlySet<DatasetKind>): IdSets {
  const sets: IdSets = {}
  for (const kind of DATASET_KINDS) {
    if (loaded.has(kind)) sets[kind] = new Set(datasets[kind].map((r) => r.id))
  }
  return sets
}

const KIND_LABEL: Record<DatasetKind, string> = {
  enterprises: 'предприятий',
  parks: 'парков и зон',
  visits: 'визитов',
  events: 'событий',
  regions: 'регионов',
  municipalities: 'муниципальных образований',
  industries: 'отраслей',
  sources: 'источников',
}

/**
 * Checks references; runs once per reference of 150,000 records at the scale, so nothing is
 * allocated (no location, path or list) unless a reference is missing.
 */
function referenceChecker(ids: IdSets, issues: DatasetIssue[]) {
  function found(value: string, a: DatasetKind, b?: DatasetKind): boolean | undefined {
    const first = ids[a]
    const second = b === undefined ? undefined : ids[b]
    // A target file that did not load: nothing to check against.
    if (!first || (b !== undefined && !second)) return undefined
    return first.has(value) || (second?.has(value) ?? false)
  }
  function report(
    at: () => Located,
    path: string,
    value: string,
    a: DatasetKind,
    b?: DatasetKind,
  ): void {
    const where =
      b === undefined ? KIND_LABEL[a] : `${KIND_LABEL[a]} или ${KIND_LABEL[b]}`
    issues.push({
      ...at(),
      path,
      code: 'unknown-reference',
      severity: 'warning',
      message: `Ссылка «${value}» не найдена в списке ${where}`,
    })
  }
  return {
    one(
      at: () => Located,
      path: string,
      value: string | undefined,
      a: DatasetKind,
      b?: DatasetKind,
    ) {
      if (value !== undefined && found(value, a, b) === false)
        report(at, path, value, a, b)
    },
    many(
      at: () => Located,
      path: string,
      values: readonly string[] | undefined,
      a: DatasetKind,
      b?: DatasetKind,
    ) {
      if (!values) return
      for (let i = 0; i < values.length; i++) {
        const value = values[i] as string
        if (found(value, a, b) === false) report(at, `${path}[${i}]`, value, a, b)
      }
    },
  }
}
