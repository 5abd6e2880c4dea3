import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../../lib/i18n/format'
import type { AssessmentSummary, DimensionProfile } from '../api/types'
import { DIMENSIONS, useCodeLabels } from './vocabulary'

const LEFT = 210
const COLUMN = 104
const BAR = 88
const ROW = 40
const TOP = 48
const SEGMENTS = ['present', 'partly', 'absent', 'unknown'] as const

/** The dimensions in framework order, then any the client does not know yet. */
export function profileDimensions(assessments: readonly AssessmentSummary[]): string[] {
  const seen = new Set(assessments.flatMap((item) => item.profiles.map((profile) => profile.dimension)))
  return [...DIMENSIONS.filter((code) => seen.has(code)), ...[...seen].filter((code) => !(DIMENSIONS as readonly string[]).includes(code))]
}

function segments(profile: DimensionProfile | undefined) {
  if (!profile) return []
  const total = SEGMENTS.reduce((sum, key) => sum + profile[key], 0)
  if (total === 0) return []
  let offset = 0
  return SEGMENTS.map((key) => {
    const width = (profile[key] / total) * BAR
    const segment = { key, x: offset, width }
    offset += width
    return segment
  }).filter((segment) => segment.width > 0)
}

/**
 * Each dimension's profile per submitted assessment: a bar split into present, partly, absent and unknown
 * (patterns as well as shades, so it reads without colour). Described by the table next to it.
 */
export function ProfileChart({ assessments, describedBy }: { assessments: AssessmentSummary[]; describedBy: string }) {
  const { t } = useTranslation()
  const format = useFormat()
  const labels = useCodeLabels()
  const ids = useId().replace(/[^a-zA-Z0-9_-]/g, '')
  const dimensions = profileDimensions(assessments)
  const width = LEFT + COLUMN * assessments.length + 8
  const height = TOP + ROW * dimensions.length + 8
  return (
    <figure className="casusregie-chart-figure">
      <svg className="casusregie-chart" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img"
        aria-labelledby={`profile-title-${ids}`} aria-describedby={describedBy} data-testid="profile-chart">
        <title id={`profile-title-${ids}`}>{t('caseAssessments.profileChartTitle')}</title>
        <defs>
          <pattern id={`unknown-${ids}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="casusregie-profile__unknown-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="casusregie-profile__hatch" />
          </pattern>
        </defs>
        {assessments.map((assessment, column) => (
          <g key={assessment.id} className="casusregie-chart__tick">
            <text x={LEFT + column * COLUMN + BAR / 2} y={18} textAnchor="middle">
              {format.date(assessment.assessedOn)}
            </text>
            <text x={LEFT + column * COLUMN + BAR / 2} y={36} textAnchor="middle">
              {t(`enums.perspective.${assessment.perspective}`)}
            </text>
          </g>
        ))}
        {dimensions.map((dimension, row) => (
          <g key={dimension} transform={`translate(0 ${TOP + row * ROW})`}>
            <text x={LEFT - 12} y={ROW / 2} textAnchor="end" dominantBaseline="central" className="casusregie-chart__label">
              {labels.dimension(dimension)}
            </text>
            {assessments.map((assessment, column) => (
              <g key={assessment.id} transform={`translate(${LEFT + column * COLUMN} ${(ROW - 20) / 2})`}>
                <rect width={BAR} height={20} className="casusregie-profile__frame" />
                {segments(assessment.profiles.find((profile) => profile.dimension === dimension)).map((segment) => (
                  <rect key={segment.key} x={segment.x} width={segment.width} height={20}
                    className={`casusregie-profile__${segment.key}`}
                    fill={segment.key === 'unknown' ? `url(#unknown-${ids})` : undefined} />
                ))}
              </g>
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="casusregie-chart-legend" aria-label={t('caseAssessments.legend')}>
          {SEGMENTS.map((key) => (
            <li key={key}>
              <svg width="18" height="14" viewBox="0 0 18 14" aria-hidden="true">
                <rect width="18" height="14" className={`casusregie-profile__${key}`}
                  fill={key === 'unknown' ? `url(#unknown-${ids})` : undefined} />
              </svg>{' '}
              {t(`enums.presence.${key}`)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}
