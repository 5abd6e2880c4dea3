import { Column, DescriptionList, Heading } from '@amsterdam/design-system-react'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConflictAlert } from '../../../components/ConflictAlert'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { usePageTitle } from '../../../components/usePageTitle'
import type { User } from '../../../lib/api/types'
import { useFormat } from '../../../lib/i18n/format'
import { useUser } from '../api/getUser'
import { userKeys } from '../api/keys'
import { EditUserForm } from './EditUserForm'
import { IssueActivationCode } from './IssueActivationCode'
import { useUserStatus } from './UserStatus'

export function UserDetail({ userId, canManage }: { userId: string; canManage: boolean }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const query = useUser(userId)
  const [formKey, setFormKey] = useState(0)
  const [conflict, setConflict] = useState(false)
  usePageTitle(query.data?.displayName ?? t('users.title'))

  /** Reload the user and restart the form from the server's current version. */
  async function reload(afterConflict: boolean) {
    await queryClient.invalidateQueries({ queryKey: userKeys.detail(userId) })
    setConflict(afterConflict)
    setFormKey((key) => key + 1)
  }

  if (query.isPending) return <Loading />
  if (query.isError) {
    return (
      <Column>
        <Heading level={1}>{t('users.title')}</Heading>
        <ProblemAlert error={query.error} />
      </Column>
    )
  }
  const user = query.data
  return (
    <Column gap="large">
      <Heading level={1}>{user.displayName}</Heading>
      <UserFacts user={user} />
      {conflict && <ConflictAlert />}
      {canManage && (
        <>
          <EditUserForm key={formKey} user={user} onConflict={() => void reload(true)} />
          <IssueActivationCode user={user} onIssued={() => void reload(false)} />
        </>
      )}
    </Column>
  )
}

function UserFacts({ user }: { user: User }) {
  const { t } = useTranslation()
  const format = useFormat()
  const status = useUserStatus()
  return (
    <DescriptionList>
      <DescriptionList.Term>{t('auth.username')}</DescriptionList.Term>
      <DescriptionList.Description>{user.username}</DescriptionList.Description>
      <DescriptionList.Term>{t('users.organisation')}</DescriptionList.Term>
      <DescriptionList.Description>{user.organisationName}</DescriptionList.Description>
      <DescriptionList.Term>{t('users.team')}</DescriptionList.Term>
      <DescriptionList.Description>{user.team ?? '-'}</DescriptionList.Description>
      <DescriptionList.Term>{t('filters.status')}</DescriptionList.Term>
      <DescriptionList.Description>{status(user)}</DescriptionList.Description>
      <DescriptionList.Term>{t('users.lastLoginAt')}</DescriptionList.Term>
      <DescriptionList.Description>
        {user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t('users.neverLoggedIn')}
      </DescriptionList.Description>
    </DescriptionList>
  )
}
