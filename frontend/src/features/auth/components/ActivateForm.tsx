import { Alert, Button, Column, Paragraph } from '@amsterdam/design-system-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { PasswordField, TextField } from '../../../components/fields'
import { hasErrors, serverFieldErrors, type FieldErrors } from '../../../components/formErrors'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { isApiError } from '../../../lib/api/problem'
import { useActivate } from '../api/activate'
import { confirmationError, newPasswordError, PASSWORD_MIN_LENGTH } from './passwordRules'

/** A new user sets their first password with the one-time code the administrator gave them. */
export function ActivateForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useTranslation()
  const activate = useActivate()
  const [username, setUsername] = useState('')
  const [activationCode, setActivationCode] = useState('')
  const [newPassword, setNewPassword] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [local, setLocal] = useState<FieldErrors>({})
  const errors = { ...serverFieldErrors(activate.error), ...local }

  function submit(event: FormEvent) {
    event.preventDefault()
    const found: FieldErrors = {
      username: username.trim() ? undefined : t('auth.usernameRequired'),
      activationCode: activationCode.trim() ? undefined : t('auth.activationCodeRequired'),
      newPassword: newPasswordError(t, newPassword),
      confirmation: confirmationError(t, newPassword, confirmation),
    }
    setLocal(found)
    if (hasErrors(found)) return
    activate.mutate(
      { username: username.trim(), activationCode: activationCode.trim(), newPassword },
      { onSuccess },
    )
  }

  return (
    <form onSubmit={submit} noValidate>
      <Column>
        {isApiError(activate.error, 401) ? (
          <Alert heading={t('auth.activationFailedHeading')} headingLevel={2} severity="error" role="alert">
            <Paragraph>{t('auth.activationFailed')}</Paragraph>
          </Alert>
        ) : (
          <ProblemAlert error={activate.error} />
        )}
        <div>
          <TextField id="username" label={t('auth.username')} autoComplete="username" required
            value={username} onChange={setUsername} error={errors.username} />
          <TextField id="activationCode" label={t('auth.activationCode')} autoComplete="one-time-code" required
            value={activationCode} onChange={setActivationCode} error={errors.activationCode} />
          <PasswordField id="newPassword" label={t('auth.newPassword')} autoComplete="new-password" required
            hint={t('auth.passwordHint', { count: PASSWORD_MIN_LENGTH })}
            value={newPassword} onChange={setNewPassword} error={errors.newPassword} />
          <PasswordField id="confirmation" label={t('auth.confirmPassword')} autoComplete="new-password" required
            value={confirmation} onChange={setConfirmation} error={errors.confirmation} />
        </div>
        <div>
          <Button type="submit" disabled={activate.isPending}>
            {t('auth.activate')}
          </Button>
        </div>
      </Column>
    </form>
  )
}
