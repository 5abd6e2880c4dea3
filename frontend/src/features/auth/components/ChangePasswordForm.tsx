import { Alert, Button, Column, Paragraph } from '@amsterdam/design-system-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { PasswordField } from '../../../components/fields'
import { hasErrors, serverFieldErrors, type FieldErrors } from '../../../components/formErrors'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { isApiError } from '../../../lib/api/problem'
import { useChangePassword } from '../api/changePassword'
import { confirmationError, newPasswordError, PASSWORD_MIN_LENGTH } from './passwordRules'

export function ChangePasswordForm() {
  const { t } = useTranslation()
  const change = useChangePassword()
  const [currentPassword, setCurrentPassword] = useState('')
  const [newPassword, setNewPassword] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [local, setLocal] = useState<FieldErrors>({})
  const wrongCurrent = isApiError(change.error, 401)
  const errors: FieldErrors = {
    ...serverFieldErrors(change.error),
    ...(wrongCurrent ? { currentPassword: t('auth.currentPasswordWrong') } : {}),
    ...local,
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const found: FieldErrors = {
      currentPassword: currentPassword ? undefined : t('auth.passwordRequired'),
      newPassword: newPasswordError(t, newPassword),
      confirmation: confirmationError(t, newPassword, confirmation),
    }
    setLocal(found)
    if (hasErrors(found)) return
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('')
          setNewPassword('')
          setConfirmation('')
        },
      },
    )
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="change-password-heading">
      <Column>
        {change.isSuccess && (
          <Alert heading={t('account.passwordChangedHeading')} headingLevel={3} severity="success" role="status">
            <Paragraph>{t('account.passwordChanged')}</Paragraph>
          </Alert>
        )}
        {!wrongCurrent && <ProblemAlert error={change.error} headingLevel={3} />}
        <div>
          <PasswordField id="currentPassword" label={t('account.currentPassword')} autoComplete="current-password"
            required value={currentPassword} onChange={setCurrentPassword} error={errors.currentPassword} />
          <PasswordField id="newPassword" label={t('auth.newPassword')} autoComplete="new-password" required
            hint={t('auth.passwordHint', { count: PASSWORD_MIN_LENGTH })}
            value={newPassword} onChange={setNewPassword} error={errors.newPassword} />
          <PasswordField id="confirmation" label={t('auth.confirmPassword')} autoComplete="new-password" required
            value={confirmation} onChange={setConfirmation} error={errors.confirmation} />
        </div>
        <div>
          <Button type="submit" disabled={change.isPending}>
            {t('account.changePassword')}
          </Button>
        </div>
      </Column>
    </form>
  )
}
