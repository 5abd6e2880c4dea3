import { Alert, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { isApiError } from '../../../lib/api/problem'

/** Minutes to wait from a Retry-After header (seconds or an HTTP date); at least 1. */
export function minutesToWait(retryAfter: string | null, now = Date.now()): number {
  if (!retryAfter) return 1
  const seconds = /^\d+$/.test(retryAfter.trim())
    ? Number(retryAfter)
    : (Date.parse(retryAfter) - now) / 1000
  return Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds / 60)) : 1
}

export function LoginError({ error }: { error: unknown }) {
  const { t } = useTranslation()
  if (!error) return null
  if (isApiError(error, 401)) {
    return (
      <Alert heading={t('auth.loginFailedHeading')} headingLevel={2} severity="error" role="alert">
        <Paragraph>{t('auth.loginFailed')}</Paragraph>
      </Alert>
    )
  }
  if (isApiError(error, 429)) {
    const minutes = minutesToWait(error.headers.get('Retry-After'))
    return (
      <Alert heading={t('auth.tooManyAttemptsHeading')} headingLevel={2} severity="error" role="alert">
        <Paragraph>{t('auth.tooManyAttempts', { count: minutes })}</Paragraph>
      </Alert>
    )
  }
  return <ProblemAlert error={error} />
}
