import { Alert, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'

/** After a 412: someone else saved first; the form now shows their version. */
export function ConflictAlert({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation()
  return (
    <Alert heading={t('conflict.heading')} headingLevel={headingLevel} severity="warning" role="alert">
      <Paragraph>{t('conflict.text')}</Paragraph>
    </Alert>
  )
}
