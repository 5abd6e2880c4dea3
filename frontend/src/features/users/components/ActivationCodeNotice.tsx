import { Alert, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../../lib/i18n/format'

type Props = { heading: string; activationCode: string; activationExpiresAt: string; headingLevel?: 2 | 3 }

/** Shown once: the code is not kept anywhere after this page is left. */
export function ActivationCodeNotice({ heading, activationCode, activationExpiresAt, headingLevel = 3 }: Props) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <Alert heading={heading} headingLevel={headingLevel} severity="success" role="status">
      <Paragraph>{t('users.activationCodeLabel')}</Paragraph>
      <Paragraph className="casusregie-code" data-testid="activation-code">
        {activationCode}
      </Paragraph>
      <Paragraph>{t('users.activationCodeExpires', { expiresAt: format.dateTime(activationExpiresAt) })}</Paragraph>
      <Paragraph>
        <strong>{t('users.activationCodeHandover')}</strong>
      </Paragraph>
    </Alert>
  )
}
