import { Button, DescriptionList, Heading, Link, Paragraph, Row } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { useFormat } from '../../../lib/i18n/format'
import type { Meeting, MeetingTransition } from '../api/meetingTypes'
import { useTransitionMeeting } from '../api/transitionMeeting'
import { MeetingStatusBadge } from './vocabulary'

type HeaderProps = {
  readonly meeting: Meeting
  readonly headingLevel?: 1 | 2
  /** Offer the edit form; the caller checks the permission, the meeting says whether it may still change. */
  readonly canEdit?: boolean
}

/** Reference, type, moment, place, who chairs and takes minutes, who takes part, and the status. */
export function MeetingHeader({ meeting, headingLevel = 1, canEdit = false }: HeaderProps) {
  const { t } = useTranslation()
  const format = useFormat()
  const rows: [string, string][] = [
    [t('meetings.fields.type'), t(`meetings.type.${meeting.type}`)],
    [t('meetings.fields.startsAt'), format.dateTime(meeting.startsAt)],
    [t('meetings.fields.place'), meeting.place],
    [t('meetings.fields.chair'), meeting.chairName],
    [t('meetings.fields.secretary'), meeting.secretaryName || '–'],
    [t('meetings.fields.organisations'), meeting.organisations.map((organisation) => organisation.name).join(', ') || '–'],
  ]
  if (meeting.participants.length) rows.push([t('meetings.fields.participants'), meeting.participants.join(', ')])
  if (meeting.minutesApprovedAt) {
    rows.push([
      t('meetings.fields.minutesApproved'),
      [format.dateTime(meeting.minutesApprovedAt), meeting.minutesApprovedBy].filter(Boolean).join(', '),
    ])
  }
  return (
    <div>
      <Heading level={headingLevel} className="ams-mb-s">
        {t('meetings.detail.title', { reference: meeting.reference })}
      </Heading>
      <Paragraph className="ams-mb-s">
        <MeetingStatusBadge status={meeting.status} />
      </Paragraph>
      <DescriptionList className="ams-mb-s">
        {rows.map(([term, value]) => (
          <DescriptionList.Section key={term}>
            <DescriptionList.Term>{term}</DescriptionList.Term>
            <DescriptionList.Description>{value}</DescriptionList.Description>
          </DescriptionList.Section>
        ))}
      </DescriptionList>
      {canEdit && meeting.allowed.edit && (
        <Paragraph className="casusregie-no-print">
          <Link href={`/meetings/${meeting.id}/edit`} linkComponent={RouterLinkAdapter}>{t('meetings.detail.edit')}</Link>
        </Paragraph>
      )}
    </div>
  )
}

const TRANSITION_ORDER: MeetingTransition[] = ['start', 'close', 'approve_minutes', 'cancel']

/** The transitions the server allows this actor now; a refusal (409) is shown, not hidden. */
export function MeetingTransitions({ meeting }: { readonly meeting: Meeting }) {
  const { t } = useTranslation()
  const transition = useTransitionMeeting()
  const allowed = TRANSITION_ORDER.filter((item) => meeting.allowed.transitions.includes(item))
  if (allowed.length === 0) return null
  return (
    <div className="casusregie-no-print">
      <Row wrap>
        {allowed.map((item) => (
          <Button key={item} variant={item === 'cancel' ? 'secondary' : 'primary'} disabled={transition.isPending}
            onClick={() => transition.mutate({ meetingId: meeting.id, transition: item })}>
            {t(`meetings.transition.${item}`)}
          </Button>
        ))}
      </Row>
      <ProblemAlert error={transition.error} />
    </div>
  )
}
