import { Column, Heading } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { usePageTitle } from '../../components/usePageTitle'
import { CreateOrganisationForm } from '../../features/organisations/components/CreateOrganisationForm'
import { OrganisationsOverview } from '../../features/organisations/components/OrganisationsOverview'
import { can, PERMISSIONS } from '../../lib/auth/permissions'
import { useMe } from '../../lib/auth/useMe'

export default function OrganisationsPage() {
  const { t } = useTranslation()
  const { data: me } = useMe()
  usePageTitle(t('organisations.title'))
  return (
    <Column gap="large">
      <Heading level={1}>{t('organisations.title')}</Heading>
      <OrganisationsOverview />
      {can(me, PERMISSIONS.organisationsManage) && <CreateOrganisationForm />}
    </Column>
  )
}
