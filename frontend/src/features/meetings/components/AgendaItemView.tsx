import { Heading, Link, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import type { AgendaItem } from '../api/meetingTypes'
import { ActionItemList } from './ActionItemList'
import { DecisionList } from './DecisionList'
import { NoteList } from './NoteList'

type Props = {
  readonly meetingId: string
  readonly item: AgendaItem
  readonly number: number
  readonly headingLevel: 2 | 3
  readonly canMarkDone: boolean
  /** Print: the case is named, not linked. */
  readonly linkCase?: boolean
}

/** One agenda item: the case (linked), why it is on the agenda, and what the meeting recorded on it. */
export function AgendaItemView({ meetingId, item, number, headingLevel, canMarkDone, linkCase = true }: Props) {
  const { t } = useTranslation()
  const sub = (headingLevel + 1) as 3 | 4
  const id = `agenda-item-${item.id}`
  const title = `${item.caseReference} – ${item.personName}`
  return (
    <article aria-labelledby={id} className="casusregie-plan-action">
      <Heading level={headingLevel} id={id} className="ams-mb-s">
        {`${number}. `}
        {linkCase ? (
          <Link href={`/cases/${item.caseId}`} linkComponent={RouterLinkAdapter}>{title}</Link>
        ) : (
          title
        )}
      </Heading>
      <Paragraph>{t('meetings.item.reason', { reason: t(`meetings.reason.${item.reason}`) })}</Paragraph>
      {item.note && <Paragraph className="casusregie-pre-line">{t('meetings.item.note', { note: item.note })}</Paragraph>}
      <Heading level={sub} className="ams-mt-m ams-mb-xs">{t('meetings.item.decisions')}</Heading>
      <DecisionList decisions={item.decisions} />
      <Heading level={sub} className="ams-mt-m ams-mb-xs">{t('meetings.item.minutes')}</Heading>
      <NoteList notes={item.notes} />
      <Heading level={sub} className="ams-mt-m ams-mb-xs">{t('meetings.item.actionItems')}</Heading>
      <ActionItemList meetingId={meetingId} actionItems={item.actionItems} canMarkDone={canMarkDone}
        label={t('meetings.item.actionItemsFor', { reference: item.caseReference })} />
    </article>
  )
}

/** Items of cases the actor may not see are counted, never named. */
export function HiddenItemsNote({ count }: { readonly count: number }) {
  const { t } = useTranslation()
  if (count <= 0) return null
  return <Paragraph>{t('meetings.detail.hiddenItems', { count })}</Paragraph>
}
