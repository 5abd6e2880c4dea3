import { useParams } from 'react-router'
import { MinutesPrint } from '../../features/meetings/components/MinutesPrint'
import { can, PERMISSIONS } from '../../lib/auth/permissions'
import { useMe } from '../../lib/auth/useMe'

export default function MeetingMinutesPage() {
  const { meetingId = '' } = useParams()
  const { data: me } = useMe()
  return <MinutesPrint key={meetingId} meetingId={meetingId} canChooseOrganisation={can(me, PERMISSIONS.meetingsManage)} />
}
