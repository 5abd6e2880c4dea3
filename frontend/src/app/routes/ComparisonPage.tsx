import { Column, Heading, Link, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { RouterLinkAdapter } from '../../components/RouterLinkAdapter'
import { usePageTitle } from '../../components/usePageTitle'
import { ComparisonView } from '../../features/assessments/components/ComparisonView'
import { useCase } from '../../features/cases/api/getCase'

export default function ComparisonPage() {
  const { t } = useTranslation()
  const { caseId = '' } = useParams()
  const detail = useCase(caseId)
  const title = t('comparison.title', { reference: detail.data?.reference ?? '' })
  usePageTitle(title)
  return (
    <Column gap="large">
      <div>
        <Heading level={1} className="ams-mb-s">
          {title}
        </Heading>
        <Paragraph className="ams-mb-s">{t('comparison.intro')}</Paragraph>
        <Paragraph>
          <Link href={`/cases/${caseId}`} linkComponent={RouterLinkAdapter}>
            {t('assessment.backToCase')}
          </Link>
        </Paragraph>
      </div>
      <ComparisonView caseId={caseId} />
    </Column>
  )
}
