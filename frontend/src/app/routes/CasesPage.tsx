import { Column, Heading, Link, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { RouterLinkAdapter } from '../../components/RouterLinkAdapter'
import { usePageTitle } from '../../components/usePageTitle'
import { CasesOverview } from '../../features/cases/components/CasesOverview'
import { can, PERMISSIONS } from '../../lib/auth/permissions'
import { useMe } from '../../lib/auth/useMe'

export default function CasesPage() {
  const { t } = useTranslation()
  const { data: me } = useMe()
  usePageTitle(t('cases.title'))
  return (
    <Column gap="large">
      <Heading level={1}>{t('cases.title')}</Heading>
      {can(me, PERMISSIONS.casesCreate) && (
        <Paragraph>
          <Link href="/cases/new" linkComponent={RouterLinkAdapter}>
            {t('cases.newReferral')}
          </Link>
        </Paragraph>
      )}
      <CasesOverview />
    </Column>
  )
}
