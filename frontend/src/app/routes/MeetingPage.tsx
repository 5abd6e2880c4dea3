import { useParams } from 'react-router'
import { MeetingDetail } from '../../features/meetings/components/MeetingDetail'
import { can, PERMISSIONS } from '../../lib/auth/permissions'
import { useMe } from '../../lib/auth/useMe'

export default function MeetingPage() {
  const { meetingId = '' } = useParams()
  const { data: me } = useMe()
  return <MeetingDetail key={meetingId} meetingId={meetingId} canManage={can(me, PERMISSIONS.meetingsManage)} />
}
