import type { FlowNode, FlowNodeKind } from '@/domain/charts/flows'
import { REST_ID } from '@/domain/charts/series'

import { BAR_COLOUR, REST_COLOUR, safeColour } from './chart-rows'

const PLACE_COLOUR = '#5f6b77'

/** A node of the cooperation diagram as drawn: its name, colour and choice state. */
export interface FlowNodeView {
  id: string
  kind: FlowNodeKind
  label: string
  colour: string
  pressed: boolean
  /** Something of the node's kind is chosen, and not this node. */
  dimmed: boolean
  /** False for the merged rest: it is no record and toggles nothing. */
  toggles: boolean
}

/** What is chosen now: partner regions and industries in the filters, one selected place. */
export interface FlowChoice {
  regions: readonly string[]
  industries: readonly string[]
  selectedId: string | null
}

export function toFlowViews(
  nodes: readonly FlowNode[],
  choice: FlowChoice,
  label: (node: FlowNode) => string,
): FlowNodeView[] {
  return nodes.map((node) => {
    const rest = node.id === REST_ID
    const chosen =
      node.kind === 'region'
        ? choice.regions
        : node.kind === 'industry'
          ? choice.industries
          : choice.selectedId === null
            ? []
            : [choice.selectedId]
    const pressed = !rest && chosen.includes(node.id)
    return {
      id: node.id,
      kind: node.kind,
      label: label(node),
      colour: rest
        ? REST_COLOUR
        : node.kind === 'region'
          ? BAR_COLOUR
          : node.kind === 'industry'
            ? safeColour(node.colour, PLACE_COLOUR)
            : PLACE_COLOUR,
      pressed,
      dimmed: chosen.length > 0 && !pressed,
      toggles: !rest,
    }
  })
}
