import { Column, Heading, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { usePageTitle } from '../../components/usePageTitle'
import { OverdueReviews, WITHIN_DAYS } from '../../features/assessments/components/OverdueReviews'

export default function OverdueReviewsPage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const asked = Number(params.get('withinDays') ?? 0)
  const withinDays = (WITHIN_DAYS as readonly number[]).includes(asked) ? asked : 0
  usePageTitle(t('reviews.title'))
  return (
    <Column gap="large">
      <Heading level={1}>{t('reviews.title')}</Heading>
      <Paragraph>{t('reviews.intro')}</Paragraph>
      <OverdueReviews withinDays={withinDays}
        onWithinDaysChange={(days) => setParams(days ? { withinDays: String(days) } : {})} />
    </Column>
  )
}
