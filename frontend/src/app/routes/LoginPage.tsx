import { Column, Heading, Link, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { RouterLinkAdapter } from '../../components/RouterLinkAdapter'
import { usePageTitle } from '../../components/usePageTitle'
import { LoginForm } from '../../features/auth/components/LoginForm'
import { safeReturnPath } from '../../lib/auth/redirect'

export default function LoginPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  usePageTitle(t('auth.loginTitle'))
  return (
    <Column>
      <Heading level={1}>{t('auth.loginTitle')}</Heading>
      <LoginForm onSuccess={() => void navigate(safeReturnPath(params.get('next')), { replace: true })} />
      <Paragraph>
        {t('auth.firstTime')}{' '}
        <Link href="/activate" linkComponent={RouterLinkAdapter}>
          {t('auth.activateLink')}
        </Link>
      </Paragraph>
    </Column>
  )
}
