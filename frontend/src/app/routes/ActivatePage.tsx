import { Alert, Column, Heading, Link, Paragraph } from '@amsterdam/design-system-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RouterLinkAdapter } from '../../components/RouterLinkAdapter'
import { usePageTitle } from '../../components/usePageTitle'
import { ActivateForm } from '../../features/auth/components/ActivateForm'

export default function ActivatePage() {
  const { t } = useTranslation()
  const [done, setDone] = useState(false)
  usePageTitle(t('auth.activateTitle'))
  return (
    <Column>
      <Heading level={1}>{t('auth.activateTitle')}</Heading>
      {done ? (
        <Alert heading={t('auth.activatedHeading')} headingLevel={2} severity="success" role="status">
          <Paragraph>
            {t('auth.activated')}{' '}
            <Link href="/login" linkComponent={RouterLinkAdapter}>
              {t('auth.toLogin')}
            </Link>
          </Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{t('auth.activateIntro')}</Paragraph>
          <ActivateForm onSuccess={() => setDone(true)} />
        </>
      )}
    </Column>
  )
}
