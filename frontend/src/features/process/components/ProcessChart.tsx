import { Paragraph } from '@amsterdam/design-system-react'
import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProcessDefinition } from '../../../lib/api/types'
import { CHART_FONT_SIZE, edgePath, LABEL_LINE_HEIGHT, layoutProcess } from './layout'
import { useTransitionLabel } from './useTransitionLabel'

/**
 * The flow chart (stroomschema), drawn from GET /process. Only SVG attributes, no style attributes: the
 * server's Content-Security-Policy allows no inline styles. For screen readers it is one image whose
 * text alternative is the table of transitions next to it.
 */
export function ProcessChart({ process, describedBy }: { process: ProcessDefinition; describedBy: string }) {
  const { t } = useTranslation()
  const transitionLabel = useTransitionLabel()
  const ids = useId().replace(/[^a-zA-Z0-9_-]/g, '')
  const arrow = `arrow-${ids}`
  const layout = useMemo(
    () =>
      layoutProcess(process, {
        state: (status) => t(`enums.caseStatus.${status}`),
        transition: transitionLabel,
      }),
    // `t` changes with the language, and so do the labels (transitionLabel is built on the same `t`).
    [process, t],
  )

  return (
    <figure className="casusregie-process-figure">
      <svg
        className="casusregie-process-chart"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        role="img"
        aria-labelledby={`title-${ids}`}
        aria-describedby={describedBy}
        fontSize={CHART_FONT_SIZE}
        data-testid="process-chart"
      >
        <title id={`title-${ids}`}>{t('process.chartTitle')}</title>
        <defs>
          <marker id={arrow} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7"
            orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" className="casusregie-process-arrowhead" />
          </marker>
        </defs>
        {layout.edges.map((edge) => (
          <g key={edge.id} className={edge.newCase ? 'casusregie-process-edge casusregie-process-edge--new-case' : 'casusregie-process-edge'}>
            <path d={edgePath(edge.points)} fill="none" markerEnd={`url(#${arrow})`} />
            <text x={edge.labelX} y={edge.labelY - ((edge.lines.length - 1) * LABEL_LINE_HEIGHT) / 2}
              textAnchor="middle" dominantBaseline="central">
              {edge.lines.map((line, index) => (
                <tspan key={line} x={edge.labelX} dy={index === 0 ? 0 : LABEL_LINE_HEIGHT}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        ))}
        {layout.nodes.map((node) => (
          <g key={node.id} transform={`translate(${node.x} ${node.y})`}
            className={node.final ? 'casusregie-process-node casusregie-process-node--final' : 'casusregie-process-node'}>
            <rect width={node.width} height={node.height} rx={6} />
            {node.final && <rect x={4} y={4} width={node.width - 8} height={node.height - 8} rx={4} />}
            <text x={node.width / 2} y={node.height / 2} textAnchor="middle" dominantBaseline="central">
              {node.label}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="ams-mt-s">
        <Paragraph size="small">{t('process.chartCaption')}</Paragraph>
      </figcaption>
    </figure>
  )
}
