import { Column, Heading, Link, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { RouterLinkAdapter } from '../../components/RouterLinkAdapter'
import { usePageTitle } from '../../components/usePageTitle'
import { FrameworkImport } from '../../features/assessments/components/FrameworkImport'
import { FrameworkList } from '../../features/assessments/components/FrameworkList'
import { can, PERMISSIONS } from '../../lib/auth/permissions'
import { useMe } from '../../lib/auth/useMe'

export default function FrameworksPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { data: me } = useMe()
  usePageTitle(t('frameworks.title'))
  return (
    <Column gap="large">
      <div>
        <Heading level={1} className="ams-mb-s">
          {t('frameworks.title')}
        </Heading>
        <Paragraph className="ams-mb-s">{t('frameworks.intro')}</Paragraph>
        <Paragraph>
          <Link href="/crosswalks" linkComponent={RouterLinkAdapter}>
            {t('frameworks.toCrosswalks')}
          </Link>
        </Paragraph>
      </div>
      <FrameworkList />
      {can(me, PERMISSIONS.frameworksManage) && (
        <FrameworkImport onImported={(framework) => void navigate(`/frameworks/${framework.id}`)} />
      )}
    </Column>
  )
}
