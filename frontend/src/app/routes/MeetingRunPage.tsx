import { useParams } from 'react-router'
import { MeetingRun } from '../../features/meetings/components/run/MeetingRun'

export default function MeetingRunPage() {
  const { meetingId = '' } = useParams()
  return <MeetingRun key={meetingId} meetingId={meetingId} />
}
