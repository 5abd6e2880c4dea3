import { Column, Heading, Link, Paragraph } from '@amsterdam/design-system-react'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, useNavigate } from 'react-router'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { usePageTitle } from '../../../components/usePageTitle'
import { useMeeting } from '../api/getMeeting'
import { meetingKeys } from '../api/keys'
import type { Meeting } from '../api/meetingTypes'
import { useUpdateMeeting } from '../api/updateMeeting'
import { draftFromMeeting, MeetingForm, meetingChanges } from './MeetingForm'

/** Changing a planned meeting: loads it, and starts a fresh form after every reload. */
export function EditMeeting({ meetingId }: { readonly meetingId: string }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const query = useMeeting(meetingId)
  const [formKey, setFormKey] = useState(0)
  if (query.isPending) return <Loading />
  if (query.isError) {
    return (
      <Column>
        <Heading level={1}>{t('meetings.edit.titleGeneric')}</Heading>
        <ProblemAlert error={query.error} />
      </Column>
    )
  }
  if (!query.data.allowed.edit) return <Navigate to={`/meetings/${meetingId}`} replace />
  async function reload() {
    await queryClient.invalidateQueries({ queryKey: meetingKeys.meeting(meetingId) })
    setFormKey((key) => key + 1)
  }
  return <EditMeetingForm key={formKey} meeting={query.data} onReload={() => void reload()} />
}

function EditMeetingForm({ meeting, onReload }: { meeting: Meeting; onReload: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const update = useUpdateMeeting()
  const title = t('meetings.edit.title', { reference: meeting.reference })
  usePageTitle(title)
  const back = `/meetings/${meeting.id}`
  return (
    <Column gap="large">
      <div>
        <Heading level={1} className="ams-mb-s">{title}</Heading>
        <Paragraph className="ams-mb-s">{t('meetings.edit.intro')}</Paragraph>
        <Paragraph>
          <Link href={back} linkComponent={RouterLinkAdapter}>{t('meetings.edit.back')}</Link>
        </Paragraph>
      </div>
      <MeetingForm title={title} initial={draftFromMeeting(meeting)} withType={false}
        submitLabel={t('meetings.edit.submit')} pending={update.isPending} error={update.error} onReload={onReload}
        onSubmit={(values) => {
          const changes = meetingChanges(meeting, values)
          if (Object.keys(changes).length === 0) {
            void navigate(back)
            return
          }
          update.mutate(
            { meetingId: meeting.id, version: meeting.version, changes },
            { onSuccess: () => void navigate(back) },
          )
        }} />
    </Column>
  )
}
