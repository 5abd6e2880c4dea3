import { MeetingCalendar } from '../../features/meetings/components/MeetingCalendar'
import { can, PERMISSIONS } from '../../lib/auth/permissions'
import { useMe } from '../../lib/auth/useMe'

export default function MeetingsPage() {
  const { data: me } = useMe()
  return <MeetingCalendar canManage={can(me, PERMISSIONS.meetingsManage)} />
}
