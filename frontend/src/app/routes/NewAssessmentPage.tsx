import { Column, Heading, Link, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { RouterLinkAdapter } from '../../components/RouterLinkAdapter'
import { usePageTitle } from '../../components/usePageTitle'
import { Loading } from '../../components/Loading'
import { useCaseAssessments } from '../../features/assessments/api/listCaseAssessments'
import { NewAssessmentForm } from '../../features/assessments/components/NewAssessmentForm'
import { perspectivesFor } from '../../features/assessments/components/vocabulary'
import { useCase } from '../../features/cases/api/getCase'
import { useMe } from '../../lib/auth/useMe'

export default function NewAssessmentPage() {
  const { t } = useTranslation()
  const { caseId = '' } = useParams()
  const navigate = useNavigate()
  const { data: me } = useMe()
  const detail = useCase(caseId)
  const earlier = useCaseAssessments(caseId)
  const reference = detail.data?.reference ?? ''
  usePageTitle(t('assessment.newTitle', { reference }))
  return (
    <Column gap="large">
      <div>
        <Heading level={1} id="new-assessment-heading" className="ams-mb-s">
          {t('assessment.newTitle', { reference })}
        </Heading>
        <Paragraph>
          <Link href={`/cases/${caseId}`} linkComponent={RouterLinkAdapter}>
            {t('assessment.backToCase')}
          </Link>
        </Paragraph>
      </div>
      {earlier.isPending ? (
        <Loading />
      ) : (
        <NewAssessmentForm caseId={caseId} perspectives={perspectivesFor(me?.roles ?? [])} defaultAssessor={me?.displayName ?? ''}
          // The first assessment of a case is its intake; later ones are periodic unless chosen otherwise.
          defaultType={earlier.data?.some((item) => item.status === 'submitted') ? 'periodic' : 'intake'}
          onCreated={(created) => void navigate(`/assessments/${created.id}/edit`, { replace: true })} />
      )}
    </Column>
  )
}
