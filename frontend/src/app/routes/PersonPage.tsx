import { useParams } from 'react-router'
import { PersonDetail } from '../../features/persons/components/PersonDetail'
import { can, PERMISSIONS } from '../../lib/auth/permissions'
import { useMe } from '../../lib/auth/useMe'

export default function PersonPage() {
  const { personId = '' } = useParams()
  const { data: me } = useMe()
  return (
    <PersonDetail key={personId} personId={personId} canManage={can(me, PERMISSIONS.personsManage)}
      canRevealBsn={can(me, PERMISSIONS.personsRevealBsn)} />
  )
}
