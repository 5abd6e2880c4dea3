import { Alert, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../lib/api/problem'

type Props = {
  readonly error: unknown
  readonly headingLevel?: 1 | 2 | 3 | 4
}

/** Shows a failed call's problem details (RFC 9457) in an ADS Alert. */
export function ProblemAlert({ error, headingLevel = 2 }: Props) {
  const { t } = useTranslation()
  if (!error) return null
  const heading = t('problem.heading')
  if (!(error instanceof ApiError)) {
    return (
      <Alert heading={heading} headingLevel={headingLevel} severity="error" role="alert">
        <Paragraph>{t('problem.network')}</Paragraph>
      </Alert>
    )
  }
  const { problem } = error
  return (
    <Alert heading={heading} headingLevel={headingLevel} severity="error" role="alert">
      <Paragraph>{problem.detail ?? problem.title}</Paragraph>
      {problem.invalidParams?.length ? <Paragraph>{t('problem.checkFields')}</Paragraph> : null}
    </Alert>
  )
}
