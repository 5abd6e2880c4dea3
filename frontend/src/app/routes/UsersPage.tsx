import { Column, Heading } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { usePageTitle } from '../../components/usePageTitle'
import { CreateUserForm } from '../../features/users/components/CreateUserForm'
import { UsersOverview } from '../../features/users/components/UsersOverview'
import { can, PERMISSIONS } from '../../lib/auth/permissions'
import { useMe } from '../../lib/auth/useMe'

export default function UsersPage() {
  const { t } = useTranslation()
  const { data: me } = useMe()
  usePageTitle(t('users.title'))
  return (
    <Column gap="large">
      <Heading level={1}>{t('users.title')}</Heading>
      <UsersOverview />
      {can(me, PERMISSIONS.usersManage) && <CreateUserForm />}
    </Column>
  )
}
