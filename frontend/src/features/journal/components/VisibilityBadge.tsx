import { Badge } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import type { JournalVisibility } from '../../../lib/api/types'

/** Only badge colours whose text contrast passes WCAG AA (not ADS azure or red). */
const COLOURS = { case_team: 'lime', core_partners: 'purple', own_organisation: 'orange' } as const satisfies Record<
  JournalVisibility,
  string
>

export function VisibilityBadge({ visibility }: { visibility: JournalVisibility }) {
  const { t } = useTranslation()
  return <Badge color={COLOURS[visibility]} label={t(`enums.journalVisibility.${visibility}`)} />
}
