import { useParams } from 'react-router'
import { EditMeeting } from '../../features/meetings/components/EditMeeting'

export default function EditMeetingPage() {
  const { meetingId = '' } = useParams()
  return <EditMeeting key={meetingId} meetingId={meetingId} />
}
