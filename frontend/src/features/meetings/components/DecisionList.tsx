import { Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../../lib/i18n/format'
import type { Decision } from '../api/meetingTypes'
import { useDecisionLabel } from './vocabulary'

/** The decisions on one agenda item: type, rationale, reference (cited in the case history), who and when. */
export function DecisionList({ decisions }: { readonly decisions: readonly Decision[] }) {
  const { t } = useTranslation()
  const format = useFormat()
  const label = useDecisionLabel()
  if (decisions.length === 0) return <Paragraph>{t('meetings.item.noDecisions')}</Paragraph>
  return (
    <ul className="casusregie-plain-list">
      {decisions.map((decision) => {
        const level = decision.details.level
        const dissent = decision.details.dissent
        return (
          <li key={decision.id} className="ams-mb-s">
            <Paragraph>
              <strong>{label(decision.type)}</strong>
              {typeof level === 'number' && ` (${t(`enums.escalationLevel.${level as 0 | 1 | 2 | 3}`)})`}
              {` – ${decision.reference}`}
            </Paragraph>
            <Paragraph className="casusregie-pre-line">{decision.rationale}</Paragraph>
            {typeof dissent === 'string' && dissent && (
              <Paragraph>{t('meetings.item.dissent', { text: dissent })}</Paragraph>
            )}
            <Paragraph size="small">{t('meetings.item.by', { name: decision.byName, date: format.dateTime(decision.at) })}</Paragraph>
          </li>
        )
      })}
    </ul>
  )
}
