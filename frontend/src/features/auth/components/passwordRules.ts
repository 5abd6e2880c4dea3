import type { TFunction } from 'i18next'

/** The server's password policy (it checks again): 12 to 256 characters. */
export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 256

export function newPasswordError(t: TFunction, password: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return t('auth.passwordTooShort', { count: PASSWORD_MIN_LENGTH })
  if (password.length > PASSWORD_MAX_LENGTH) return t('auth.passwordTooLong', { count: PASSWORD_MAX_LENGTH })
  return undefined
}

export function confirmationError(t: TFunction, password: string, confirmation: string): string | undefined {
  return password === confirmation ? undefined : t('auth.passwordMismatch')
}
