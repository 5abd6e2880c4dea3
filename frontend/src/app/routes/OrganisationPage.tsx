import { useParams } from 'react-router'
import { OrganisationDetail } from '../../features/organisations/components/OrganisationDetail'
import { can, PERMISSIONS } from '../../lib/auth/permissions'
import { useMe } from '../../lib/auth/useMe'

export default function OrganisationPage() {
  const { organisationId = '' } = useParams()
  const { data: me } = useMe()
  return <OrganisationDetail organisationId={organisationId} canManage={can(me, PERMISSIONS.organisationsManage)} />
}
