import { Badge } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import type { AssessmentStatus, ConcernLevel, FrameworkStatus } from '../api/types'

// Only badge colours whose text contrast passes WCAG AA (not ADS azure or red).
const LEVEL_COLOURS = {
  insufficient_information: 'purple',
  low: 'lime',
  elevated: 'yellow',
  high: 'orange',
  acute: 'magenta',
} as const satisfies Record<ConcernLevel, string>

const FRAMEWORK_COLOURS = { draft: 'yellow', published: 'lime', retired: 'magenta' } as const satisfies Record<
  FrameworkStatus,
  string
>

const ASSESSMENT_COLOURS = { draft: 'yellow', submitted: 'lime' } as const satisfies Record<AssessmentStatus, string>

export function ConcernLevelBadge({ level }: { level: ConcernLevel }) {
  const { t } = useTranslation()
  return <Badge color={LEVEL_COLOURS[level]} label={t(`enums.concernLevel.${level}`)} />
}

export function FrameworkStatusBadge({ status }: { status: FrameworkStatus }) {
  const { t } = useTranslation()
  return <Badge color={FRAMEWORK_COLOURS[status]} label={t(`enums.frameworkStatus.${status}`)} />
}

export function AssessmentStatusBadge({ status }: { status: AssessmentStatus }) {
  const { t } = useTranslation()
  return <Badge color={ASSESSMENT_COLOURS[status]} label={t(`enums.assessmentStatus.${status}`)} />
}
