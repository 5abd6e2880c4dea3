import { Badge } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import type { CaseStatus } from '../../../lib/api/types'

/** Only badge colours whose text contrast passes WCAG AA (ADS azure and red do not: about 3:1 and 4:1). */
const COLOURS = {
  referred: 'yellow',
  screening: 'yellow',
  weighing: 'yellow',
  intake: 'purple',
  case_conference: 'purple',
  active: 'lime',
  paused: 'orange',
  aftercare: 'lime',
  closed: 'magenta',
  transferred: 'magenta',
} as const satisfies Record<CaseStatus, string>

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation()
  return <Badge color={COLOURS[status]} label={t(`enums.caseStatus.${status}`)} />
}
