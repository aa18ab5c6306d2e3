import { useTranslation } from 'react-i18next'

import type { FlowLink } from '@/domain/charts/flows'
import { formatNumber } from '@/shared/format/format'
import { useAppStore } from '@/store/app-store'

import type { FlowNodeView } from './flow-view'

interface FlowsTableProps {
  caption: string
  nodes: readonly FlowNodeView[]
  links: readonly FlowLink[]
  onActivate: (node: FlowNodeView) => void
}

/** Every flow of the diagram as a row «откуда → куда, визитов»; each end is a toggle button. */
export function FlowsTable({ caption, nodes, links, onActivate }: FlowsTableProps) {
  const { t } = useTranslation()
  const locale = useAppStore((s) => s.language)
  const end = (node: FlowNodeView | undefined) =>
    !node ? null : node.toggles ? (
      <button
        type="button"
        className="chart-toggle"
        aria-pressed={node.pressed}
        data-value={node.id}
        data-kind={node.kind}
        onClick={() => onActivate(node)}
      >
        <span
          className="chart-toggle__swatch"
          style={{ background: node.colour }}
          aria-hidden="true"
        />
        {node.label}
      </button>
    ) : (
      node.label
    )
  return (
    <table className="chart-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('charts.from')}</th>
          <th scope="col">{t('charts.to')}</th>
          <th scope="col" className="chart-table__number">
            {t('charts.visits')}
          </th>
        </tr>
      </thead>
      <tbody>
        {links.map((link) => (
          <tr key={`${link.source}-${link.target}`}>
            <th scope="row">{end(nodes[link.source])}</th>
            <td>{end(nodes[link.target])}</td>
            <td className="chart-table__number">{formatNumber(link.value, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
