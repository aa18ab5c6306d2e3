import { useCallback, useMemo, useState } from 'react'
import {
  Rectangle,
  ResponsiveContainer,
  Sankey,
  type SankeyLinkProps,
  type SankeyNodeProps,
  Tooltip,
} from 'recharts'

import type { FlowLink } from '@/domain/charts/flows'

import { SELECTED_STROKE, TOOLTIP_STYLE, sankeyLabelLayout, truncate } from './chart-rows'
import type { FlowNodeView } from './flow-view'

const NODE_SLOT = 24
const MIN_HEIGHT = 260
const MAX_HEIGHT = 1600
/** Side margins for the outer columns' labels on a wide chart; a narrow one gives less. */
const LABEL_SPACE = 230
const NODE_WIDTH = 12
/**
 * Thinner nodes go unlabelled: with `nodePadding` 9 any two labelled nodes are 13px apart, so
 * 11px labels never overlap. The table and the tooltip still name every node.
 */
const MIN_LABELLED_HEIGHT = 4
const LINK_COLOUR = '#5f6b77'

interface FlowsSankeyProps {
  title: string
  nodes: readonly FlowNodeView[]
  links: readonly FlowLink[]
  onActivate: (node: FlowNodeView) => void
}

/**
 * The cooperation flows as a Sankey diagram: partner regions on the left, organisations of the
 * region in the middle, industries on the right. Clicking a node toggles its filter or selects
 * the organisation. Its height grows with the longest column so labels keep apart.
 */
export function FlowsSankey({ title, nodes, links, onActivate }: FlowsSankeyProps) {
  const [width, setWidth] = useState(0)
  // Label lengths by column follow the width; the middle column has the room between two
  // columns. A cut label keeps its full name in the node's <title>, the tooltip and the table.
  const layout = useMemo(() => sankeyLabelLayout(width, NODE_WIDTH, LABEL_SPACE), [width])
  const margin = useMemo(
    () => ({ top: 8, right: layout.side, bottom: 8, left: layout.side }),
    [layout.side],
  )
  const data = useMemo(
    () => ({ nodes: nodes.map((node) => ({ name: node.label })), links: [...links] }),
    [nodes, links],
  )
  const height = useMemo(() => {
    const columns = new Map<string, number>()
    for (const node of nodes) columns.set(node.kind, (columns.get(node.kind) ?? 0) + 1)
    const longest = Math.max(0, ...columns.values())
    return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, longest * NODE_SLOT + 20))
  }, [nodes])
  const renderNode = useCallback(
    (props: SankeyNodeProps) => {
      const node = nodes[props.index]
      if (!node) return null
      const first = props.payload.depth === 0
      const labelled = props.height >= MIN_LABELLED_HEIGHT || node.pressed
      return (
        <g cursor={node.toggles ? 'pointer' : 'default'}>
          <title>{node.label}</title>
          <Rectangle
            x={props.x}
            y={props.y}
            width={props.width}
            height={props.height}
            fill={node.colour}
            fillOpacity={node.dimmed ? 0.3 : 1}
            stroke={node.pressed ? SELECTED_STROKE : 'none'}
            strokeWidth={2}
          />
          {labelled && (
            <text
              x={first ? props.x - 6 : props.x + props.width + 6}
              y={props.y + props.height / 2}
              textAnchor={first ? 'end' : 'start'}
              dominantBaseline="central"
              fontSize={11}
              fontWeight={node.pressed ? 700 : 400}
              className={`chart-label chart-label--halo${node.dimmed ? ' chart-label--dimmed' : ''}`}
              strokeWidth={3}
              paintOrder="stroke"
            >
              {`${node.pressed ? '✓ ' : ''}${truncate(node.label, layout.chars[props.payload.depth] ?? 30)}`}
            </text>
          )}
        </g>
      )
    },
    [nodes, layout],
  )
  const renderLink = useCallback(
    (props: SankeyLinkProps) => {
      const link = links[props.index]
      const ends = link ? [nodes[link.source], nodes[link.target]] : []
      const chosen = ends.some((end) => end?.pressed)
      return (
        <path d={ribbon(props)} fill={LINK_COLOUR} fillOpacity={chosen ? 0.5 : 0.22} />
      )
    },
    [nodes, links],
  )
  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      onResize={(next) => setWidth(Math.round(next))}
    >
      <Sankey
        data={data}
        title={title}
        node={renderNode}
        link={renderLink}
        nodePadding={9}
        nodeWidth={NODE_WIDTH}
        margin={margin}
        onClick={(item, type) => {
          const node = type === 'node' ? nodes[item.index] : undefined
          if (node?.toggles) onActivate(node)
        }}
      >
        <Tooltip {...TOOLTIP_STYLE} />
      </Sankey>
    </ResponsiveContainer>
  )
}

/**
 * A link as a filled band between two curves. Recharts strokes links with a wide pen, which
 * bulges past the nodes when a thick link climbs steeply; a band keeps its edges exact.
 */
function ribbon(props: SankeyLinkProps): string {
  const half = props.linkWidth / 2
  const { sourceX, targetX, sourceY, targetY, sourceControlX, targetControlX } = props
  return [
    `M${sourceX},${sourceY - half}`,
    `C${sourceControlX},${sourceY - half} ${targetControlX},${targetY - half} ${targetX},${targetY - half}`,
    `L${targetX},${targetY + half}`,
    `C${targetControlX},${targetY + half} ${sourceControlX},${sourceY + half} ${sourceX},${sourceY + half}`,
    'Z',
  ].join(' ')
}
