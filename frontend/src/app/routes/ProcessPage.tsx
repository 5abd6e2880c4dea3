import { Column, Heading, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { usePageTitle } from '../../components/usePageTitle'
import { ProcessOverview } from '../../features/process/components/ProcessOverview'

export default function ProcessPage() {
  const { t } = useTranslation()
  usePageTitle(t('process.title'))
  return (
    <Column gap="large">
      <Heading level={1}>{t('process.title')}</Heading>
      <Paragraph>{t('process.intro')}</Paragraph>
      <ProcessOverview />
    </Column>
  )
}
