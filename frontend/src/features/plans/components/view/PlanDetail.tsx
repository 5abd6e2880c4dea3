import { Alert, Column, Heading, Link, Paragraph, Row, UnorderedList } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { Loading } from '../../../../components/Loading'
import { ProblemAlert } from '../../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../../components/RouterLinkAdapter'
import { usePageTitle } from '../../../../components/usePageTitle'
import { useFormat } from '../../../../lib/i18n/format'
import { usePlan } from '../../api/getPlan'
import type { Plan } from '../../api/planTypes'
import { PlanStatusBadge } from '../vocabulary'
import { ActionsSection } from './ActionsSection'
import { PlanButtons } from './PlanButtons'
import { PlanCompare } from './PlanCompare'
import { GoalsSection, ProtectiveFactorsSection, TextSection } from './PlanSections'

/** One version of a case's plan of action, with everything the actor may see and do. */
export function PlanDetail({ planId }: { readonly planId: string }) {
  const { t } = useTranslation()
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
  return <PlanView plan={query.data} />
}

function PlanView({ plan }: { plan: Plan }) {
  const { t } = useTranslation()
  const format = useFormat()
  const title = t('plans.view.title', { number: plan.number })
  usePageTitle(`${title} – ${plan.caseReference}`)
  return (
    <Column gap="large">
      <div>
        <Heading level={1} className="ams-mb-s">
          {title}
        </Heading>
        <Row wrap>
          <PlanStatusBadge status={plan.status} />
          <Paragraph>
            <Link href={`/cases/${plan.caseId}`} linkComponent={RouterLinkAdapter}>
              {`${t('plans.view.toCase')} ${plan.caseReference}`}
            </Link>
          </Paragraph>
        </Row>
      </div>
      <ApprovalInfo plan={plan} />
      <WithheldNote plan={plan} />
      <PlanButtons plan={plan} />
      <TextSection id="plan-interpretation-heading" heading={t('plans.sections.interpretation')} text={plan.interpretation}
        withheld={plan.interpretationWithheld} />
      <ProtectiveFactorsSection plan={plan} />
      <GoalsSection plan={plan} />
      <ActionsSection plan={plan} />
      <section aria-labelledby="plan-evaluation-heading">
        <Heading level={2} id="plan-evaluation-heading" className="ams-mb-s">
          {t('plans.sections.evaluationOn')}
        </Heading>
        <Paragraph>{plan.evaluationOn ? format.date(plan.evaluationOn) : t('plans.view.noEvaluation')}</Paragraph>
      </section>
      <TextSection id="plan-contingency-heading" heading={t('plans.sections.contingency')} text={plan.contingency}
        withheld={plan.contingencyWithheld} />
      <PlanCompare plan={plan} />
    </Column>
  )
}

/** Who wrote, submitted and approved this version. */
export function ApprovalInfo({ plan }: { plan: Plan }) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <section aria-labelledby="plan-approval-heading">
      <Heading level={2} id="plan-approval-heading" className="ams-mb-s">
        {t('plans.approval.heading')}
      </Heading>
      <Paragraph>{t('plans.view.meta', { author: plan.author.name, date: format.date(plan.createdAt) })}</Paragraph>
      {plan.submittedAt && <Paragraph>{t('plans.view.submitted', { date: format.date(plan.submittedAt) })}</Paragraph>}
      {plan.approvedAt ? (
        <>
          <Paragraph>{t('plans.view.approved', { by: plan.approvedBy?.name ?? '', date: format.date(plan.approvedAt) })}</Paragraph>
          {plan.decisionReference && <Paragraph>{t('plans.view.decision', { reference: plan.decisionReference })}</Paragraph>}
          {plan.approvalNote && <Paragraph>{t('plans.view.approvalNote', { note: plan.approvalNote })}</Paragraph>}
        </>
      ) : (
        <Paragraph>{t('plans.view.notApproved')}</Paragraph>
      )}
      {plan.status === 'superseded' && <Paragraph>{t('plans.view.supersededText')}</Paragraph>}
    </section>
  )
}

/** Partners see only part of the plan; say so, instead of letting them think that is all. */
export function WithheldNote({ plan }: { plan: Plan }) {
  const { t } = useTranslation()
  const notes = [
    plan.interpretationWithheld && t('plans.view.interpretationWithheld'),
    plan.contingencyWithheld && t('plans.view.contingencyWithheld'),
    plan.actionsOmitted > 0 && t('plans.view.actionsOmitted', { count: plan.actionsOmitted }),
  ].filter((note): note is string => Boolean(note))
  if (!notes.length) return null
  return (
    <Alert heading={t('plans.view.withheldHeading')} headingLevel={2}>
      <UnorderedList>
        {notes.map((note) => (
          <UnorderedList.Item key={note}>{note}</UnorderedList.Item>
        ))}
      </UnorderedList>
    </Alert>
  )
}
