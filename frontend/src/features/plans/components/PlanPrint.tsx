import { Button, Column, DescriptionList, Heading, Link, Paragraph, Row, Table } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { usePageTitle } from '../../../components/usePageTitle'
import { todayIso, useFormat } from '../../../lib/i18n/format'
import { usePlan } from '../api/getPlan'
import type { Plan } from '../api/planTypes'
import { useLocal } from './vocabulary'
import { actionTitle, goalTexts } from './view/planText'
import { GoalsSection, ProtectiveFactorsSection, TextSection } from './view/PlanSections'
import { WithheldNote } from './view/PlanDetail'

/** The plan for the case conference, on paper: the print stylesheet drops the app's header, menu and buttons. */
export function PlanPrint({ planId }: { readonly planId: string }) {
  const query = usePlan(planId)
  if (query.isPending) return <Loading />
  if (query.isError) return <ProblemAlert error={query.error} headingLevel={1} />
  return <PrintView plan={query.data} />
}

function PrintView({ plan }: { plan: Plan }) {
  const { t } = useTranslation()
  const format = useFormat()
  const title = t('plans.print.title', { number: plan.number })
  usePageTitle(`${title} – ${plan.caseReference}`)
  const meta: [string, string][] = [
    [t('plans.fields.status'), t(`plans.planStatus.${plan.status}`)],
    [t('plans.fields.author'), `${plan.author.name}, ${format.date(plan.createdAt)}`],
    [
      t('plans.print.approval'),
      plan.approvedAt
        ? [
            t('plans.view.approved', { by: plan.approvedBy?.name ?? '', date: format.date(plan.approvedAt) }),
            plan.decisionReference ? t('plans.view.decision', { reference: plan.decisionReference }) : '',
            plan.approvalNote ? t('plans.view.approvalNote', { note: plan.approvalNote }) : '',
          ].filter(Boolean).join(' ')
        : t('plans.print.notApproved'),
    ],
    [t('plans.fields.evaluationOn'), plan.evaluationOn ? format.date(plan.evaluationOn) : t('plans.view.noEvaluation')],
  ]
  return (
    <article className="casusregie-printable" aria-labelledby="plan-print-heading">
      <Column gap="large">
        <div>
          <Row wrap className="casusregie-no-print ams-mb-m">
            <Button onClick={() => window.print()}>{t('plans.print.print')}</Button>
            <Link href={`/plans/${plan.id}`} linkComponent={RouterLinkAdapter}>
              {t('plans.print.back')}
            </Link>
          </Row>
          <Heading level={1} id="plan-print-heading" className="ams-mb-s">
            {title}
          </Heading>
          <Paragraph className="ams-mb-s">{t('plans.print.case', { reference: plan.caseReference })}</Paragraph>
          <DescriptionList>
            {meta.map(([term, value]) => (
              <DescriptionList.Section key={term}>
                <DescriptionList.Term>{term}</DescriptionList.Term>
                <DescriptionList.Description>{value}</DescriptionList.Description>
              </DescriptionList.Section>
            ))}
          </DescriptionList>
        </div>
        <WithheldNote plan={plan} />
        <TextSection id="print-interpretation" heading={t('plans.sections.interpretation')} text={plan.interpretation}
          withheld={plan.interpretationWithheld} />
        <ProtectiveFactorsSection plan={plan} />
        <GoalsSection plan={plan} />
        <PrintActions plan={plan} />
        <TextSection id="print-contingency" heading={t('plans.sections.contingency')} text={plan.contingency}
          withheld={plan.contingencyWithheld} />
        <Paragraph size="small">{t('plans.print.footer', { date: format.date(todayIso()) })}</Paragraph>
      </Column>
    </article>
  )
}

function PrintActions({ plan }: { plan: Plan }) {
  const { t } = useTranslation()
  const local = useLocal()
  const format = useFormat()
  return (
    <section aria-labelledby="print-actions-heading">
      <Heading level={2} id="print-actions-heading" className="ams-mb-s">
        {t('plans.sections.actions')}
      </Heading>
      {plan.actions.length === 0 ? (
        <Paragraph>{t('plans.view.none')}</Paragraph>
      ) : (
        <Table>
          <Table.Caption className="ams-visually-hidden">{t('plans.view.actionsCaption')}</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('plans.fields.action')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('plans.fields.responsibleOrganisation')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('plans.fields.owner')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('plans.fields.period')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('plans.fields.status')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('plans.fields.goals')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {plan.actions.map((action) => (
              <Table.Row key={action.id}>
                <Table.Cell>{actionTitle(action, local)}</Table.Cell>
                <Table.Cell>{action.responsibleOrganisationName}</Table.Cell>
                <Table.Cell>{action.ownerName}</Table.Cell>
                <Table.Cell>{`${format.date(action.startOn)} – ${format.date(action.dueOn)}`}</Table.Cell>
                <Table.Cell>
                  {t(`plans.actionStatus.${action.status}`)}
                  {action.stalled && ` (${t(`plans.view.stalled.${action.stalled}`)})`}
                  {action.statusReason && `: ${action.statusReason}`}
                </Table.Cell>
                <Table.Cell>{goalTexts(action.goalIds, plan.goals)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  )
}
