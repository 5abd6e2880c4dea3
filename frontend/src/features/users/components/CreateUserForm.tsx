import { Button, Column, Heading } from '@amsterdam/design-system-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { TextField } from '../../../components/fields'
import { hasErrors, serverFieldErrors, type FieldErrors } from '../../../components/formErrors'
import { ProblemAlert } from '../../../components/ProblemAlert'
import type { Role } from '../../../lib/api/types'
import { useCreateUser } from '../api/createUser'
import { ActivationCodeNotice } from './ActivationCodeNotice'
import { OrganisationSelect } from './OrganisationSelect'
import { RoleCheckboxes } from './RoleCheckboxes'

export function CreateUserForm() {
  const { t } = useTranslation()
  const create = useCreateUser()
  const [username, setUsername] = useState('')
  const [displayName, setDisplayName] = useState('')
  const [email, setEmail] = useState('')
  const [team, setTeam] = useState('')
  const [organisationId, setOrganisationId] = useState('')
  const [roles, setRoles] = useState<Role[]>([])
  const [local, setLocal] = useState<FieldErrors>({})
  const errors = { ...serverFieldErrors(create.error), ...local }

  function submit(event: FormEvent) {
    event.preventDefault()
    const found: FieldErrors = {
      username: username.trim() ? undefined : t('users.usernameRequired'),
      displayName: displayName.trim() ? undefined : t('users.displayNameRequired'),
      organisationId: organisationId ? undefined : t('users.organisationRequired'),
      roles: roles.length ? undefined : t('users.rolesRequired'),
    }
    setLocal(found)
    if (hasErrors(found)) return
    create.mutate(
      {
        username: username.trim(),
        displayName: displayName.trim(),
        organisationId,
        roles,
        ...(email.trim() ? { email: email.trim() } : {}),
        ...(team.trim() ? { team: team.trim() } : {}),
      },
      {
        onSuccess: () => {
          setUsername('')
          setDisplayName('')
          setEmail('')
          setTeam('')
          setRoles([])
        },
      },
    )
  }

  return (
    <section aria-labelledby="create-user-heading">
      <Heading level={2} id="create-user-heading" className="ams-mb-m">
        {t('users.createHeading')}
      </Heading>
      <form onSubmit={submit} noValidate>
        <Column>
          {create.isSuccess && (
            <ActivationCodeNotice
              heading={t('users.created', { name: create.data.user.displayName })}
              activationCode={create.data.activationCode}
              activationExpiresAt={create.data.activationExpiresAt}
            />
          )}
          <ProblemAlert error={create.error} headingLevel={3} />
          <div>
            <TextField id="user-create-username" label={t('auth.username')} required autoComplete="off"
              value={username} onChange={setUsername} error={errors.username} />
            <TextField id="user-create-displayName" label={t('users.displayName')} required autoComplete="off"
              value={displayName} onChange={setDisplayName} error={errors.displayName} />
            <TextField id="user-create-email" type="email" label={t('users.email')} optional autoComplete="off"
              value={email} onChange={setEmail} error={errors.email} />
            <TextField id="user-create-team" label={t('users.team')} optional hint={t('users.teamHint')} autoComplete="off"
              value={team} onChange={setTeam} error={errors.team} />
            <OrganisationSelect id="user-create-organisation" value={organisationId} onChange={setOrganisationId}
              emptyLabel={t('users.chooseOrganisation')} required error={errors.organisationId} />
            <RoleCheckboxes id="user-create-roles" value={roles} onChange={setRoles} error={errors.roles} />
          </div>
          <div>
            <Button type="submit" disabled={create.isPending}>
              {t('users.create')}
            </Button>
          </div>
        </Column>
      </form>
    </section>
  )
}
