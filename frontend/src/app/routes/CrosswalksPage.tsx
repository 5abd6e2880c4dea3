import { Column, Heading, Link, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { RouterLinkAdapter } from '../../components/RouterLinkAdapter'
import { usePageTitle } from '../../components/usePageTitle'
import { CrosswalkImport } from '../../features/assessments/components/CrosswalkImport'
import { CrosswalkList } from '../../features/assessments/components/CrosswalkList'
import { can, PERMISSIONS } from '../../lib/auth/permissions'
import { useMe } from '../../lib/auth/useMe'

export default function CrosswalksPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { data: me } = useMe()
  // Reading (frameworks:read) and importing (frameworks:manage) are separate permissions.
  const canRead = can(me, PERMISSIONS.frameworksRead)
  usePageTitle(t('crosswalks.title'))
  return (
    <Column gap="large">
      <div>
        <Heading level={1} className="ams-mb-s">
          {t('crosswalks.title')}
        </Heading>
        <Paragraph className="ams-mb-s">{t('crosswalks.intro')}</Paragraph>
        <Paragraph>
          <Link href="/frameworks" linkComponent={RouterLinkAdapter}>
            {t('crosswalks.toFrameworks')}
          </Link>
        </Paragraph>
      </div>
      {canRead && <CrosswalkList caption={t('crosswalks.tableCaption')} />}
      {can(me, PERMISSIONS.frameworksManage) && (
        <CrosswalkImport canReadFrameworks={canRead} onImported={(crosswalk) => void navigate(`/crosswalks/${crosswalk.id}`)} />
      )}
    </Column>
  )
}
