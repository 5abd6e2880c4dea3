import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../../lib/i18n/format'
import type { AssessmentSummary, ConcernLevel, Perspective } from '../api/types'
import { CONCERN_LEVELS, levelRank, PERSPECTIVES } from './vocabulary'

const WIDTH = 720
const ROW = 44
const LEFT = 190
const RIGHT = 24
const TOP = 16
const BOTTOM = 48
const HEIGHT = TOP + ROW * (CONCERN_LEVELS.length - 1) + BOTTOM

/** One marker shape per perspective, so the series differ by more than colour. */
const MARKERS: Record<Perspective, 'circle' | 'square' | 'triangle' | 'diamond'> = {
  municipality: 'circle',
  police: 'square',
  care: 'triangle',
  joint: 'diamond',
}

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number)
  return Date.UTC(y, m - 1, d) / 86_400_000
}

export type LevelPoint = { id: string; perspective: Perspective; assessedOn: string; level: ConcernLevel }

/** Submitted assessments with a final level, oldest first. */
export function levelPoints(assessments: readonly AssessmentSummary[]): LevelPoint[] {
  return assessments
    .filter((item) => item.status === 'submitted' && item.finalLevel)
    .map((item) => ({ id: item.id, perspective: item.perspective, assessedOn: item.assessedOn, level: item.finalLevel as ConcernLevel }))
    .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn))
}

function Marker({ shape, x, y }: { shape: (typeof MARKERS)[Perspective]; x: number; y: number }) {
  const r = 6
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={r} />
    case 'square':
      return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} />
    case 'triangle':
      return <path d={`M ${x} ${y - r - 1} L ${x + r + 1} ${y + r} L ${x - r - 1} ${y + r} Z`} />
    case 'diamond':
      return <path d={`M ${x} ${y - r - 2} L ${x + r + 2} ${y} L ${x} ${y + r + 2} L ${x - r - 2} ${y} Z`} />
  }
}

/**
 * The final concern level over time, one series per perspective. SVG attributes only (the CSP forbids
 * inline styles); for screen readers one image, described by the table next to it.
 */
export function ConcernLevelChart({ points, describedBy }: { points: LevelPoint[]; describedBy: string }) {
  const { t } = useTranslation()
  const format = useFormat()
  const titleId = `level-chart-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const days = points.map((point) => dayNumber(point.assessedOn))
  const first = Math.min(...days)
  const last = Math.max(...days)
  const span = last - first
  const x = (iso: string) => (span === 0 ? (LEFT + WIDTH - RIGHT) / 2 : LEFT + ((dayNumber(iso) - first) / span) * (WIDTH - LEFT - RIGHT))
  const y = (level: ConcernLevel) => TOP + ROW * (CONCERN_LEVELS.length - 1 - levelRank(level))
  const dates = [...new Set(points.map((point) => point.assessedOn))]
  const step = Math.max(1, Math.ceil(dates.length / 6))
  const ticks = dates.filter((_, index) => index % step === 0 || index === dates.length - 1)
  const series = PERSPECTIVES.map((perspective) => ({
    perspective,
    points: points.filter((point) => point.perspective === perspective),
  })).filter((item) => item.points.length > 0)
  // Perspectives assessed on the same day at the same level would hide each other: shift each series a little.
  const shift = (perspective: Perspective) =>
    (series.findIndex((item) => item.perspective === perspective) - (series.length - 1) / 2) * 12

  return (
    <figure className="casusregie-chart-figure">
      <svg className="casusregie-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img"
        aria-labelledby={titleId} aria-describedby={describedBy} data-testid="concern-level-chart">
        <title id={titleId}>{t('caseAssessments.levelChartTitle')}</title>
        {CONCERN_LEVELS.map((level) => (
          <g key={level} className="casusregie-chart__grid">
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(level)} y2={y(level)} />
            <text x={LEFT - 10} y={y(level)} textAnchor="end" dominantBaseline="central">
              {t(`enums.concernLevel.${level}`)}
            </text>
          </g>
        ))}
        {ticks.map((date) => (
          <text key={date} className="casusregie-chart__tick" x={x(date)} y={HEIGHT - BOTTOM + 28} textAnchor="middle">
            {format.date(date)}
          </text>
        ))}
        {series.map(({ perspective, points: own }) => (
          <g key={perspective} className={`casusregie-chart__series casusregie-chart__series--${perspective}`}>
            {own.length > 1 && (
              <polyline fill="none" points={own.map((point) => `${x(point.assessedOn) + shift(perspective)},${y(point.level)}`).join(' ')} />
            )}
            {own.map((point) => (
              <Marker key={point.id} shape={MARKERS[perspective]} x={x(point.assessedOn) + shift(perspective)} y={y(point.level)} />
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="casusregie-chart-legend" aria-label={t('caseAssessments.legend')}>
          {series.map(({ perspective }) => (
            <li key={perspective}>
              <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true"
                className={`casusregie-chart__series casusregie-chart__series--${perspective}`}>
                <Marker shape={MARKERS[perspective]} x={9} y={9} />
              </svg>{' '}
              {t(`enums.perspective.${perspective}`)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}
