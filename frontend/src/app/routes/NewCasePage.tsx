import { Column, Heading, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { usePageTitle } from '../../components/usePageTitle'
import { ReferralForm } from '../../features/cases/components/ReferralForm'

export default function NewCasePage() {
  const { t } = useTranslation()
  usePageTitle(t('referral.title'))
  return (
    <Column gap="large">
      <Heading level={1}>{t('referral.title')}</Heading>
      <Paragraph>{t('referral.intro')}</Paragraph>
      <ReferralForm />
    </Column>
  )
}
