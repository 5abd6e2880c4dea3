import { Column, Heading } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { usePageTitle } from '../../components/usePageTitle'
import { AuditLog } from '../../features/audit/components/AuditLog'
import { VerifyChain } from '../../features/audit/components/VerifyChain'

export default function AuditPage() {
  const { t } = useTranslation()
  usePageTitle(t('audit.title'))
  return (
    <Column gap="large">
      <Heading level={1}>{t('audit.title')}</Heading>
      <VerifyChain />
      <AuditLog />
    </Column>
  )
}
