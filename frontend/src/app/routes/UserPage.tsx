import { useParams } from 'react-router'
import { UserDetail } from '../../features/users/components/UserDetail'
import { can, PERMISSIONS } from '../../lib/auth/permissions'
import { useMe } from '../../lib/auth/useMe'

export default function UserPage() {
  const { userId = '' } = useParams()
  const { data: me } = useMe()
  return <UserDetail userId={userId} canManage={can(me, PERMISSIONS.usersManage)} />
}
