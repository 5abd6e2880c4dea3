import { useParams } from 'react-router'
import { CrosswalkDetailView } from '../../features/assessments/components/CrosswalkDetailView'
import { can, PERMISSIONS } from '../../lib/auth/permissions'
import { useMe } from '../../lib/auth/useMe'

export default function CrosswalkPage() {
  const { crosswalkId = '' } = useParams()
  const { data: me } = useMe()
  return <CrosswalkDetailView key={crosswalkId} crosswalkId={crosswalkId} canReadFrameworks={can(me, PERMISSIONS.frameworksRead)} />
}
