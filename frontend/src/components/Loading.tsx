import { Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'

export function Loading() {
  const { t } = useTranslation()
  return <Paragraph role="status">{t('common.loading')}</Paragraph>
}
