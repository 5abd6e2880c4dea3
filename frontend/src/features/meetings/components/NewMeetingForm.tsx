import { Column, Heading, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { usePageTitle } from '../../../components/usePageTitle'
import { useCreateMeeting } from '../api/createMeeting'
import { EMPTY_MEETING_DRAFT, MeetingForm } from './MeetingForm'

/** "Nieuw overleg": plans a meeting and opens it. */
export function NewMeetingForm() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const create = useCreateMeeting()
  const title = t('meetings.create.title')
  usePageTitle(title)
  return (
    <Column gap="large">
      <div>
        <Heading level={1} className="ams-mb-s">{title}</Heading>
        <Paragraph>{t('meetings.create.intro')}</Paragraph>
      </div>
      <MeetingForm title={title} initial={EMPTY_MEETING_DRAFT} withType submitLabel={t('meetings.create.submit')}
        pending={create.isPending} error={create.error}
        onSubmit={(values) => create.mutate(values, { onSuccess: (meeting) => void navigate(`/meetings/${meeting.id}`) })} />
    </Column>
  )
}
