import { Column, Heading, Link, Paragraph, Row } from '@amsterdam/design-system-react'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, useParams } from 'react-router'
import { Loading } from '../../components/Loading'
import { ProblemAlert } from '../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../components/RouterLinkAdapter'
import { usePageTitle } from '../../components/usePageTitle'
import { useCase } from '../../features/cases/api/getCase'
import { usePlan } from '../../features/plans/api/getPlan'
import { planKeys } from '../../features/plans/api/keys'
import type { Plan } from '../../features/plans/api/planTypes'
import { PlanEditor } from '../../features/plans/components/editor/PlanEditor'

export default function EditPlanPage() {
  const { t } = useTranslation()
  const { planId = '' } = useParams()
  const query = usePlan(planId)
  if (query.isPending) return <Loading />
  if (query.isError) {
    return (
      <Column>
        <Heading level={1}>{t('plans.case.heading')}</Heading>
        <ProblemAlert error={query.error} />
      </Column>
    )
  }
  const plan = query.data
  if (plan.status !== 'draft' || !plan.allowed.edit) return <Navigate to={`/plans/${plan.id}`} replace />
  return <EditPlan plan={plan} />
}

/** The loaded draft, with the organisations taking part in its case. */
function EditPlan({ plan }: { plan: Plan }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [formKey, setFormKey] = useState(0)
  const detail = useCase(plan.caseId)
  const title = t('plans.editor.title', { number: plan.number })
  usePageTitle(`${title} – ${plan.caseReference}`)

  const organisations: { id: string; name: string }[] = []
  for (const participant of detail.data?.participants ?? []) {
    if (!participant.endedAt && !organisations.some((item) => item.id === participant.organisationId)) {
      organisations.push({ id: participant.organisationId, name: participant.organisationName })
    }
  }

  async function reload() {
    await queryClient.invalidateQueries({ queryKey: planKeys.plan(plan.id) })
    setFormKey((key) => key + 1)
  }

  return (
    <Column gap="large">
      <div>
        <Heading level={1} className="ams-mb-s">
          {title}
        </Heading>
        <Paragraph className="ams-mb-s">{t('plans.editor.intro')}</Paragraph>
        <Row wrap>
          <Paragraph>
            <Link href={`/cases/${plan.caseId}`} linkComponent={RouterLinkAdapter}>
              {`${t('plans.view.toCase')} ${plan.caseReference}`}
            </Link>
          </Paragraph>
          <Paragraph>
            <Link href={`/plans/${plan.id}`} linkComponent={RouterLinkAdapter}>
              {t('plans.editor.toView')}
            </Link>
          </Paragraph>
        </Row>
      </div>
      {detail.isError && <ProblemAlert error={detail.error} />}
      <PlanEditor key={formKey} plan={plan} organisations={organisations} onReload={() => void reload()} />
    </Column>
  )
}
