import dagre from '@dagrejs/dagre'
import type { CaseStatus, ProcessDefinition, ProcessTransition } from '../../../lib/api/types'

export type Point = { x: number; y: number }

export type ChartNode = {
  id: CaseStatus
  label: string
  final: boolean
  /** Top-left corner. */
  x: number
  y: number
  width: number
  height: number
}

export type ChartEdge = {
  id: string
  lines: string[]
  /** "Reopen" starts a new case instead of moving this one: drawn dashed. */
  newCase: boolean
  points: Point[]
  /** Centre of the label. */
  labelX: number
  labelY: number
}

export type ChartLayout = { width: number; height: number; nodes: ChartNode[]; edges: ChartEdge[] }

type Labels = {
  state: (status: CaseStatus) => string
  transition: (transition: ProcessTransition) => string
}

export const CHART_FONT_SIZE = 14
export const LABEL_LINE_HEIGHT = 18
const NODE_HEIGHT = 44
/** A generous average glyph width for the app font, so labels never overflow their boxes. */
const CHAR_WIDTH = 8

function textWidth(text: string): number {
  return Math.ceil(text.length * CHAR_WIDTH)
}

/**
 * Lays out the process as a top-down graph with dagre. Transitions between the same two states share one
 * arrow with one line per transition; "reopen" (no target: it opens a new case) points back to `referred`.
 */
export function layoutProcess(process: ProcessDefinition, labels: Labels): ChartLayout {
  const graph = new dagre.graphlib.Graph()
  graph.setGraph({ rankdir: 'TB', nodesep: 48, ranksep: 56, edgesep: 24, marginx: 8, marginy: 8 })
  graph.setDefaultEdgeLabel(() => ({}))

  for (const state of process.states) {
    graph.setNode(state.code, { width: Math.max(120, textWidth(labels.state(state.code)) + 32), height: NODE_HEIGHT })
  }

  const groups = new Map<string, { from: CaseStatus; to: CaseStatus; transitions: ProcessTransition[] }>()
  for (const transition of process.transitions) {
    const to = transition.toStatus ?? 'referred'
    const key = `${transition.fromStatus}->${to}`
    const group = groups.get(key) ?? { from: transition.fromStatus, to, transitions: [] }
    group.transitions.push(transition)
    groups.set(key, group)
  }
  // One edge per ordered pair of states; its label has a line per transition.
  for (const group of groups.values()) {
    const lines = group.transitions.map(labels.transition)
    graph.setEdge(
      group.from,
      group.to,
      {
        width: Math.max(...lines.map(textWidth)) + 8,
        height: lines.length * LABEL_LINE_HEIGHT + 4,
        labelpos: 'c',
      },
    )
  }
  dagre.layout(graph)

  const finals = new Set(process.states.filter((s) => s.final).map((s) => s.code))
  const nodes: ChartNode[] = process.states.map((state) => {
    const node = graph.node(state.code)
    return {
      id: state.code,
      label: labels.state(state.code),
      final: finals.has(state.code),
      x: (node.x ?? 0) - node.width / 2,
      y: (node.y ?? 0) - node.height / 2,
      width: node.width,
      height: node.height,
    }
  })
  const edges: ChartEdge[] = [...groups.entries()].map(([key, group]) => {
    const edge = graph.edge(group.from, group.to)
    return {
      id: key,
      lines: group.transitions.map(labels.transition),
      newCase: group.transitions.every((t) => t.toStatus === null),
      points: edge.points ?? [],
      labelX: edge.x ?? 0,
      labelY: edge.y ?? 0,
    }
  })
  const { width = 0, height = 0 } = graph.graph()
  return { width: Math.ceil(width), height: Math.ceil(height), nodes, edges }
}

/** An SVG path through dagre's points, rounded at the bends. */
export function edgePath(points: Point[]): string {
  if (points.length === 0) return ''
  const [first] = points
  const last = points[points.length - 1]
  let d = `M ${first.x} ${first.y}`
  for (let i = 1; i < points.length - 1; i += 1) {
    const bend = points[i]
    const next = points[i + 1]
    d += ` Q ${bend.x} ${bend.y} ${(bend.x + next.x) / 2} ${(bend.y + next.y) / 2}`
  }
  return `${d} L ${last.x} ${last.y}`
}
