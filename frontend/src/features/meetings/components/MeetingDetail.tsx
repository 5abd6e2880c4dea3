import { Column, Heading, Link, Paragraph, Row } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { usePageTitle } from '../../../components/usePageTitle'
import { useMeeting } from '../api/getMeeting'
import type { Meeting } from '../api/meetingTypes'
import { AgendaItemView, HiddenItemsNote } from './AgendaItemView'
import { MeetingHeader, MeetingTransitions } from './MeetingHeader'

/** The meeting page: header, transitions, links to the agenda builder, the run and the minutes, and the agenda. */
export function MeetingDetail({ meetingId, canManage }: { readonly meetingId: string; readonly canManage: boolean }) {
  const { t } = useTranslation()
  const query = useMeeting(meetingId)
  if (query.isPending) return <Loading />
  if (query.isError) {
    return (
      <Column>
        <Heading level={1}>{t('meetings.detail.titleGeneric')}</Heading>
        <ProblemAlert error={query.error} />
      </Column>
    )
  }
  return <MeetingView meeting={query.data} canManage={canManage} />
}

function MeetingView({ meeting, canManage }: { meeting: Meeting; canManage: boolean }) {
  const { t } = useTranslation()
  usePageTitle(t('meetings.detail.title', { reference: meeting.reference }))
  const running = meeting.status === 'in_progress' && canManage && (meeting.allowed.decide || meeting.allowed.writeMinutes)
  const links: [string, string][] = [['/meetings', t('meetings.detail.toCalendar')]]
  if (canManage && meeting.allowed.editAgenda) links.push([`/meetings/${meeting.id}/agenda`, t('meetings.detail.toAgenda')])
  if (running) links.push([`/meetings/${meeting.id}/run`, t('meetings.detail.toRun')])
  if (meeting.status !== 'planned' && meeting.status !== 'cancelled') {
    links.push([`/meetings/${meeting.id}/minutes`, t('meetings.detail.toMinutes')])
  }
  return (
    <Column gap="large">
      <MeetingHeader meeting={meeting} canEdit={canManage} />
      <MeetingTransitions meeting={meeting} />
      <nav aria-label={t('meetings.detail.linksLabel')} className="casusregie-no-print">
        <Row wrap>
          {links.map(([href, label]) => (
            <Link key={href} href={href} linkComponent={RouterLinkAdapter}>{label}</Link>
          ))}
        </Row>
      </nav>
      <section aria-labelledby="agenda-heading">
        <Heading level={2} id="agenda-heading" className="ams-mb-s">{t('meetings.detail.agenda')}</Heading>
        <HiddenItemsNote count={meeting.hiddenItemCount} />
        {meeting.items.length === 0 ? (
          <Paragraph>{t('meetings.detail.emptyAgenda')}</Paragraph>
        ) : (
          <Column>
            {meeting.items.map((item, index) => (
              <AgendaItemView key={item.id} meetingId={meeting.id} item={item} number={index + 1} headingLevel={3}
                canMarkDone={canManage} />
            ))}
          </Column>
        )}
      </section>
    </Column>
  )
}
