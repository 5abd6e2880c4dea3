import { useParams } from 'react-router'
import { FrameworkDetailView } from '../../features/assessments/components/FrameworkDetailView'
import { can, PERMISSIONS } from '../../lib/auth/permissions'
import { useMe } from '../../lib/auth/useMe'

export default function FrameworkPage() {
  const { frameworkId = '' } = useParams()
  const { data: me } = useMe()
  return <FrameworkDetailView key={frameworkId} frameworkId={frameworkId} canManage={can(me, PERMISSIONS.frameworksManage)} />
}
