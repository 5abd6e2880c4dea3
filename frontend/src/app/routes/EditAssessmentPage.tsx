import { Column, Heading, Link, Paragraph, Row } from '@amsterdam/design-system-react'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, useNavigate, useParams } from 'react-router'
import { Loading } from '../../components/Loading'
import { ProblemAlert } from '../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../components/RouterLinkAdapter'
import { usePageTitle } from '../../components/usePageTitle'
import { useAssessment } from '../../features/assessments/api/getAssessment'
import { useCrosswalk } from '../../features/assessments/api/getCrosswalk'
import { useFramework } from '../../features/assessments/api/getFramework'
import { assessmentKeys } from '../../features/assessments/api/keys'
import type { AssessmentDetail } from '../../features/assessments/api/types'
import { AssessmentForm } from '../../features/assessments/components/AssessmentForm'
import type { Organisation } from '../../features/assessments/components/SubmitDialog'
import { useCase } from '../../features/cases/api/getCase'
import { useFormat } from '../../lib/i18n/format'

export default function EditAssessmentPage() {
  const { t } = useTranslation()
  const { assessmentId = '' } = useParams()
  const query = useAssessment(assessmentId)
  if (query.isPending) {
    return <Loading />
  }
  if (query.isError) {
    return (
      <Column>
        <Heading level={1}>{t('assessment.titleGeneric')}</Heading>
        <ProblemAlert error={query.error} />
      </Column>
    )
  }
  const assessment = query.data
  if (assessment.status !== 'draft' || !assessment.allowed.edit) return <Navigate to={`/assessments/${assessment.id}`} replace />
  return <EditAssessment assessment={assessment} />
}

/** The loaded draft, with its framework and the case it belongs to. */
function EditAssessment({ assessment }: { assessment: AssessmentDetail }) {
  const { t } = useTranslation()
  const format = useFormat()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [formKey, setFormKey] = useState(0)
  const framework = useFramework(assessment.frameworkId)
  // Entered in the police model's codes: the form rates the crosswalk's items.
  const crosswalk = useCrosswalk(assessment.crosswalkId)
  const crosswalkReady = !assessment.crosswalkId || crosswalk.isSuccess
  const detail = useCase(assessment.caseId)
  const title = t('assessment.editTitle', { type: t(`enums.assessmentType.${assessment.type}`), date: format.date(assessment.assessedOn) })
  usePageTitle(title)

  // In a joint assessment every organisation working in the case (informants excepted) states whether it agrees.
  const organisations: Organisation[] = [{ id: assessment.organisationId, name: assessment.organisationName }]
  for (const participant of detail.data?.participants ?? []) {
    const working = !participant.endedAt && participant.role !== 'informant'
    if (working && !organisations.some((o) => o.id === participant.organisationId)) {
      organisations.push({ id: participant.organisationId, name: participant.organisationName })
    }
  }

  async function reload() {
    await queryClient.invalidateQueries({ queryKey: assessmentKeys.detail(assessment.id) })
    setFormKey((key) => key + 1)
  }

  return (
    <Column gap="large">
      <div>
        <Heading level={1} className="ams-mb-s">
          {title}
        </Heading>
        <Row wrap>
          {detail.data && (
            <Paragraph>{t('assessment.forCase', { reference: detail.data.reference, person: detail.data.person.fullName })}</Paragraph>
          )}
          <Paragraph>
            <Link href={`/cases/${assessment.caseId}`} linkComponent={RouterLinkAdapter}>
              {t('assessment.backToCase')}
            </Link>
          </Paragraph>
        </Row>
      </div>
      {(framework.isPending || (!crosswalkReady && !crosswalk.isError)) && <Loading />}
      {framework.isError && <ProblemAlert error={framework.error} />}
      {crosswalk.isError && <ProblemAlert error={crosswalk.error} />}
      {framework.data && crosswalkReady && (
        <AssessmentForm key={formKey} assessment={assessment} framework={framework.data} crosswalk={crosswalk.data}
          organisations={organisations}
          onReload={() => void reload()}
          onSubmitted={(submitted) => void navigate(`/assessments/${submitted.id}`)} />
      )}
    </Column>
  )
}
