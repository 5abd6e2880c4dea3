import { useParams } from 'react-router'
import { InterventionDetail } from '../../features/plans/components/InterventionDetail'
import { can, PERMISSIONS } from '../../lib/auth/permissions'
import { useMe } from '../../lib/auth/useMe'

export default function InterventionPage() {
  const { interventionId = '' } = useParams()
  const { data: me } = useMe()
  return <InterventionDetail key={interventionId} interventionId={interventionId} canManage={can(me, PERMISSIONS.interventionsManage)} />
}
