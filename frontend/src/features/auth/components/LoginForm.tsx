import { Button, Column } from '@amsterdam/design-system-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { PasswordField, TextField } from '../../../components/fields'
import { hasErrors, serverFieldErrors, type FieldErrors } from '../../../components/formErrors'
import type { Me } from '../../../lib/api/types'
import { useLogin } from '../api/login'
import { LoginError } from './LoginError'

export function LoginForm({ onSuccess }: { onSuccess: (me: Me) => void }) {
  const { t } = useTranslation()
  const login = useLogin()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [missing, setMissing] = useState<FieldErrors>({})
  const errors = { ...serverFieldErrors(login.error), ...missing }

  function submit(event: FormEvent) {
    event.preventDefault()
    const required: FieldErrors = {
      username: username.trim() ? undefined : t('auth.usernameRequired'),
      password: password ? undefined : t('auth.passwordRequired'),
    }
    setMissing(required)
    if (hasErrors(required)) return
    login.mutate({ username: username.trim(), password }, { onSuccess })
  }

  return (
    <form onSubmit={submit} noValidate>
      <Column>
        <LoginError error={login.error} />
        <div>
          <TextField
            id="username"
            label={t('auth.username')}
            autoComplete="username"
            required
            value={username}
            onChange={setUsername}
            error={errors.username}
          />
          <PasswordField
            id="password"
            label={t('auth.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={setPassword}
            error={errors.password}
          />
        </div>
        <div>
          <Button type="submit" disabled={login.isPending}>
            {t('auth.login')}
          </Button>
        </div>
      </Column>
    </form>
  )
}
