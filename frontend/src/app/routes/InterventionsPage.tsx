import { InterventionCatalogue } from '../../features/plans/components/InterventionCatalogue'
import { can, PERMISSIONS } from '../../lib/auth/permissions'
import { useMe } from '../../lib/auth/useMe'

export default function InterventionsPage() {
  const { data: me } = useMe()
  return <InterventionCatalogue canManage={can(me, PERMISSIONS.interventionsManage)} />
}
