import { Column, Heading, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { usePageTitle } from '../../components/usePageTitle'
import { OpenAlerts } from '../../features/assessments/components/OpenAlerts'
import { can, PERMISSIONS } from '../../lib/auth/permissions'
import { useMe } from '../../lib/auth/useMe'

export default function OpenAlertsPage() {
  const { t } = useTranslation()
  const { data: me } = useMe()
  usePageTitle(t('openAlerts.title'))
  return (
    <Column gap="large">
      <div>
        <Heading level={1} className="ams-mb-s">
          {t('openAlerts.title')}
        </Heading>
        <Paragraph>{t('openAlerts.intro')}</Paragraph>
      </div>
      <OpenAlerts canAcknowledge={can(me, PERMISSIONS.alertsAcknowledge)} />
    </Column>
  )
}
