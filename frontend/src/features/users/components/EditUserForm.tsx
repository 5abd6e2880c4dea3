import { Alert, Button, Checkbox, Column, Paragraph } from '@amsterdam/design-system-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { TextField } from '../../../components/fields'
import { hasErrors, serverFieldErrors, type FieldErrors } from '../../../components/formErrors'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { isApiError } from '../../../lib/api/problem'
import type { Role, User } from '../../../lib/api/types'
import { useUpdateUser, type UserUpdateBody } from '../api/updateUser'
import { OrganisationSelect } from './OrganisationSelect'
import { RoleCheckboxes } from './RoleCheckboxes'

type Props = { user: User; onConflict: () => void }

function sameRoles(a: readonly Role[], b: readonly Role[]) {
  return a.length === b.length && a.every((role) => b.includes(role))
}

/** Edits a user; every save is conditional (If-Match) on the version the form was loaded with. */
export function EditUserForm({ user, onConflict }: Props) {
  const { t } = useTranslation()
  const update = useUpdateUser()
  const [saved, setSaved] = useState(user)
  const [displayName, setDisplayName] = useState(user.displayName)
  const [email, setEmail] = useState(user.email ?? '')
  const [team, setTeam] = useState(user.team ?? '')
  const [organisationId, setOrganisationId] = useState(user.organisationId)
  const [roles, setRoles] = useState<Role[]>(user.roles)
  const [active, setActive] = useState(user.active)
  const [local, setLocal] = useState<FieldErrors>({})
  const [unchanged, setUnchanged] = useState(false)
  const errors = { ...serverFieldErrors(update.error), ...local }

  function submit(event: FormEvent) {
    event.preventDefault()
    const found: FieldErrors = {
      displayName: displayName.trim() ? undefined : t('users.displayNameRequired'),
      organisationId: organisationId ? undefined : t('users.organisationRequired'),
      roles: roles.length ? undefined : t('users.rolesRequired'),
    }
    setLocal(found)
    if (hasErrors(found)) return
    const changes: UserUpdateBody = {}
    if (displayName.trim() !== saved.displayName) changes.displayName = displayName.trim()
    if ((email.trim() || null) !== saved.email) changes.email = email.trim() || null
    if ((team.trim() || null) !== (saved.team ?? null)) changes.team = team.trim() || null
    if (organisationId !== saved.organisationId) changes.organisationId = organisationId
    if (!sameRoles(roles, saved.roles)) changes.roles = roles
    if (active !== saved.active) changes.active = active
    const nothing = Object.keys(changes).length === 0
    setUnchanged(nothing)
    if (nothing) return
    update.mutate(
      { userId: saved.id, version: saved.version, changes },
      {
        onSuccess: setSaved,
        onError: (error) => {
          if (isApiError(error, 412)) onConflict()
        },
      },
    )
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('users.editLabel')}>
      <Column>
        {update.isSuccess && (
          <Alert heading={t('common.savedHeading')} headingLevel={2} severity="success" role="status">
            <Paragraph>{t('users.saved')}</Paragraph>
          </Alert>
        )}
        {unchanged && <Paragraph role="status">{t('common.nothingChanged')}</Paragraph>}
        {!isApiError(update.error, 412) && <ProblemAlert error={update.error} />}
        <div>
          <TextField id="user-edit-displayName" label={t('users.displayName')} required
            value={displayName} onChange={setDisplayName} error={errors.displayName} />
          <TextField id="user-edit-email" type="email" label={t('users.email')} optional
            value={email} onChange={setEmail} error={errors.email} />
          <TextField id="user-edit-team" label={t('users.team')} optional hint={t('users.teamHint')}
            value={team} onChange={setTeam} error={errors.team} />
          <OrganisationSelect id="user-edit-organisation" value={organisationId} onChange={setOrganisationId}
            emptyLabel={t('users.chooseOrganisation')} required error={errors.organisationId}
            current={{ id: saved.organisationId, name: saved.organisationName }} />
          <RoleCheckboxes id="user-edit-roles" value={roles} onChange={setRoles} error={errors.roles} />
          <Checkbox id="user-edit-active" checked={active} onChange={(event) => setActive(event.target.checked)}>
            {t('users.activeLabel')}
          </Checkbox>
        </div>
        <div>
          <Button type="submit" disabled={update.isPending}>
            {t('common.save')}
          </Button>
        </div>
      </Column>
    </form>
  )
}
