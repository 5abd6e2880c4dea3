import { Alert, Button, Column, Heading, Link, Paragraph, Row } from '@amsterdam/design-system-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { Loading } from '../../../../components/Loading'
import { ProblemAlert } from '../../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../../components/RouterLinkAdapter'
import { usePageTitle } from '../../../../components/usePageTitle'
import { useMeeting } from '../../api/getMeeting'
import type { Meeting } from '../../api/meetingTypes'
import { ActionItemList } from '../ActionItemList'
import { DecisionList } from '../DecisionList'
import { NoteList } from '../NoteList'
import { ActionItemForm } from './ActionItemForm'
import { DecisionForm } from './DecisionForm'
import { NoteForm } from './NoteForm'

/** Running the meeting: one visible item at a time, with its decisions, minutes and action items. */
export function MeetingRun({ meetingId }: { readonly meetingId: string }) {
  const { t } = useTranslation()
  const query = useMeeting(meetingId)
  if (query.isPending) return <Loading />
  if (query.isError) {
    return (
      <Column>
        <Heading level={1}>{t('meetings.run.titleGeneric')}</Heading>
        <ProblemAlert error={query.error} />
      </Column>
    )
  }
  return <Run meeting={query.data} />
}

function Run({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const [recorded, setRecorded] = useState<string | null>(null)
  const [formKey, setFormKey] = useState(0)
  const title = t('meetings.run.title', { reference: meeting.reference })
  usePageTitle(title)
  const back = <Link href={`/meetings/${meeting.id}`} linkComponent={RouterLinkAdapter}>{t('meetings.agenda.back')}</Link>
  if (meeting.status !== 'in_progress') {
    return (
      <Column gap="large">
        <Heading level={1}>{title}</Heading>
        <Paragraph>{t('meetings.run.notInProgress')}</Paragraph>
        <Paragraph>{back}</Paragraph>
      </Column>
    )
  }
  const items = meeting.items
  const index = Math.max(0, items.findIndex((item) => item.id === params.get('item')))
  const item = items[index]

  function go(position: number) {
    setRecorded(null)
    setParams({ item: items[position].id }, { replace: true })
  }

  return (
    <Column gap="large">
      <div>
        <Heading level={1} className="ams-mb-s">{title}</Heading>
        <Paragraph>{back}</Paragraph>
      </div>
      {!item ? (
        <Paragraph>{t('meetings.detail.emptyAgenda')}</Paragraph>
      ) : (
        <div className="casusregie-meeting-run">
          <nav aria-label={t('meetings.run.itemsLabel')}>
            <ol className="casusregie-plain-list">
              {items.map((candidate, position) => (
                <li key={candidate.id} className="ams-mb-xs">
                  <Button variant={position === index ? 'primary' : 'tertiary'} aria-current={position === index ? 'step' : undefined}
                    onClick={() => go(position)}>
                    {`${position + 1}. ${candidate.caseReference} – ${candidate.personName}`}
                  </Button>
                </li>
              ))}
            </ol>
          </nav>
          <section aria-labelledby="run-item-heading">
            <Heading level={2} id="run-item-heading" className="ams-mb-s">
              {t('meetings.run.itemHeading', { number: index + 1, count: items.length })}{' '}
              <Link href={`/cases/${item.caseId}`} linkComponent={RouterLinkAdapter}>
                {`${item.caseReference} – ${item.personName}`}
              </Link>
            </Heading>
            <Paragraph>{t('meetings.item.reason', { reason: t(`meetings.reason.${item.reason}`) })}</Paragraph>
            {item.note && <Paragraph className="casusregie-pre-line">{t('meetings.item.note', { note: item.note })}</Paragraph>}
            <Row wrap className="ams-my-m">
              <Button variant="secondary" disabled={index === 0} onClick={() => go(index - 1)}>{t('meetings.run.previous')}</Button>
              <Button variant="secondary" disabled={index === items.length - 1} onClick={() => go(index + 1)}>
                {t('meetings.run.next')}
              </Button>
            </Row>
            <Column gap="large">
              <div>
                <Heading level={3} className="ams-mb-xs">{t('meetings.item.decisions')}</Heading>
                <DecisionList decisions={item.decisions} />
              </div>
              {recorded !== null && (
                <Alert heading={t('meetings.decision.recorded', { reference: recorded })} headingLevel={3}
                  severity="success" role="status" />
              )}
              {meeting.allowed.decide && (
                <DecisionForm key={`${item.id}-${formKey}`} meeting={meeting} item={item}
                  onRecorded={(reference) => {
                    setRecorded(reference)
                    setFormKey((key) => key + 1)
                  }} />
              )}
              <div>
                <Heading level={3} className="ams-mb-xs">{t('meetings.item.minutes')}</Heading>
                <NoteList notes={item.notes} />
              </div>
              {meeting.allowed.writeMinutes && <NoteForm key={`note-${item.id}`} meetingId={meeting.id} itemId={item.id} />}
              <div>
                <Heading level={3} className="ams-mb-xs">{t('meetings.item.actionItems')}</Heading>
                <ActionItemList meetingId={meeting.id} actionItems={item.actionItems} canMarkDone
                  label={t('meetings.item.actionItemsFor', { reference: item.caseReference })} />
              </div>
              <ActionItemForm key={`action-${item.id}`} meetingId={meeting.id} itemId={item.id}
                organisations={meeting.organisations} />
            </Column>
          </section>
        </div>
      )}
    </Column>
  )
}
