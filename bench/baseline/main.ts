/// <reference types="vite/client" />
/**
 * Baseline page for `npm run bench`: what a developer would write by default for "show the
 * enterprises on a map with a filter" — react-leaflet `MapContainer`, `react-leaflet-cluster`
 * (`MarkerClusterGroup`, Leaflet.markercluster) and one `<Marker>` with the default icon per
 * enterprise, a KPI count, one industry `<select>` and a plain table of the first 100 rows.
 * No validation, no index, no tile layer (offline). Never part of the app build.
 *
 * It loads the same data folder as the app: `?data=/path/` (default `/data/`), reading
 * `manifest.json`, then the enterprises and industries files it lists. The test ids match
 * the app's (`kpi-enterprises` … `.kpi__value`, `map`, `filter-industry`, `records-table`), so
 * the harness drives both pages alike.
 *
 * Plain `createElement` instead of JSX: `tsconfig.node.json`, which type-checks `bench/`, has
 * no `jsx` option. The compiled output is the same kind of element calls either way.
 */
import 'leaflet/dist/leaflet.css'
import 'react-leaflet-cluster/dist/assets/MarkerCluster.css'
import 'react-leaflet-cluster/dist/assets/MarkerCluster.Default.css'

import L from 'leaflet'
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png'
import iconUrl from 'leaflet/dist/images/marker-icon.png'
import shadowUrl from 'leaflet/dist/images/marker-shadow.png'
import {
  type ChangeEvent,
  StrictMode,
  createElement as h,
  useMemo,
  useState,
} from 'react'
import { createRoot } from 'react-dom/client'
import { MapContainer, Marker } from 'react-leaflet'
import MarkerClusterGroup from 'react-leaflet-cluster'

// The usual fix for react-leaflet's default marker icon under a bundler (react-leaflet-cluster
// README, "Icon Configuration").
L.Icon.Default.mergeOptions({ iconRetinaUrl, iconUrl, shadowUrl })

interface Text {
  ru: string
  en?: string
}

interface EnterpriseRecord {
  id: string
  name: Text
  industries: string[]
  municipality?: string
  location: { lat?: number; lon?: number; precision: string }
}

interface IndustryRecord {
  id: string
  label: Text
}

interface Manifest {
  title: Text
  files: { enterprises: string; industries: string }
}

interface Data {
  title: string
  enterprises: EnterpriseRecord[]
  industries: IndustryRecord[]
}

async function getJson<T>(url: URL): Promise<T> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`)
  return (await response.json()) as T
}

async function loadData(): Promise<Data> {
  const folder = new URLSearchParams(window.location.search).get('data') ?? '/data/'
  const base = new URL(folder.endsWith('/') ? folder : `${folder}/`, window.location.href)
  const manifest = await getJson<Manifest>(new URL('manifest.json', base))
  const [enterprises, industries] = await Promise.all([
    getJson<{ records: EnterpriseRecord[] }>(new URL(manifest.files.enterprises, base)),
    getJson<{ records: IndustryRecord[] }>(new URL(manifest.files.industries, base)),
  ])
  return {
    title: manifest.title.ru,
    enterprises: enterprises.records,
    industries: industries.records,
  }
}

function hasPosition(
  record: EnterpriseRecord,
): record is EnterpriseRecord & { location: { lat: number; lon: number } } {
  return (
    typeof record.location.lat === 'number' && typeof record.location.lon === 'number'
  )
}

function App({ data }: { data: Data }) {
  const [industry, setIndustry] = useState('')
  const shown = useMemo(
    () =>
      industry
        ? data.enterprises.filter((e) => e.industries.includes(industry))
        : data.enterprises,
    [data.enterprises, industry],
  )
  const labels = useMemo(
    () => new Map(data.industries.map((i) => [i.id, i.label.ru])),
    [data.industries],
  )
  return h(
    'main',
    { style: { fontFamily: 'system-ui, sans-serif', padding: 8 } },
    h('h1', { style: { fontSize: 18, margin: '4px 0' } }, data.title),
    h(
      'label',
      null,
      'Отрасль ',
      h(
        'select',
        {
          value: industry,
          onChange: (event: ChangeEvent<HTMLSelectElement>) =>
            setIndustry(event.target.value),
          'data-testid': 'filter-industry',
        },
        h('option', { value: '' }, 'Все отрасли'),
        data.industries.map((i) => h('option', { key: i.id, value: i.id }, i.label.ru)),
      ),
    ),
    h(
      'p',
      { 'data-testid': 'kpi-enterprises' },
      'Предприятий: ',
      h('strong', { className: 'kpi__value' }, shown.length.toLocaleString('ru-RU')),
    ),
    h(
      'div',
      { 'data-testid': 'map', style: { height: 520 } },
      h(
        MapContainer,
        // Without a tile layer the map has no maxZoom, and markercluster needs one; the
        // app's own map uses the same 16.
        { center: [54.8, 32.9], zoom: 7, maxZoom: 16, style: { height: '100%' } },
        h(
          MarkerClusterGroup,
          { chunkedLoading: true },
          shown.filter(hasPosition).map((e) =>
            h(Marker, {
              key: e.id,
              position: [e.location.lat, e.location.lon],
              title: e.name.ru,
            }),
          ),
        ),
      ),
    ),
    h(
      'table',
      { 'data-testid': 'records-table' },
      h(
        'thead',
        null,
        h('tr', null, h('th', null, 'Название'), h('th', null, 'Отрасли')),
      ),
      h(
        'tbody',
        null,
        shown
          .slice(0, 100)
          .map((e) =>
            h(
              'tr',
              { key: e.id },
              h('td', null, e.name.ru),
              h('td', null, e.industries.map((id) => labels.get(id) ?? id).join(', ')),
            ),
          ),
      ),
    ),
  )
}

const root = document.getElementById('root')
if (root) {
  const data = await loadData()
  createRoot(root).render(h(StrictMode, null, h(App, { data })))
}
