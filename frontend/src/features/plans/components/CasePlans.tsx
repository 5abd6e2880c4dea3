import { Alert, Button, Column, DescriptionList, Heading, Link, Paragraph, Table } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { TableScroll } from '../../../components/TableScroll'
import { isApiError } from '../../../lib/api/problem'
import { useFormat } from '../../../lib/i18n/format'
import { useCasePlans } from '../api/listCasePlans'
import type { PlanSummary } from '../api/planTypes'
import { useStartPlan } from '../api/startPlan'
import { PlanStatusBadge } from './vocabulary'

export type PlanCounts = { stalledActionCount: number; overdueGoalCount: number }

type Props = { readonly caseId: string; readonly counts: PlanCounts; readonly canWrite: boolean }

/** The case's plan of action: the version in force, what needs attention, and all versions. */
export function CasePlans({ caseId, counts, canWrite }: Props) {
  const { t } = useTranslation()
  const format = useFormat()
  const navigate = useNavigate()
  const query = useCasePlans(caseId)
  const start = useStartPlan()
  const inForce = query.data?.items.find((item) => item.id === query.data?.inForceId)

  function startPlan() {
    start.mutate({ caseId }, { onSuccess: (plan) => void navigate(`/plans/${plan.id}/edit`) })
  }

  return (
    <section aria-labelledby="case-plans-heading">
      <Heading level={2} id="case-plans-heading" className="ams-mb-s">
        {t('plans.case.heading')}
      </Heading>
      {query.isPending && <Loading />}
      {query.isError && <ProblemAlert error={query.error} headingLevel={3} />}
      {query.data && (
        <Column>
          {inForce ? (
            <Paragraph>
              {t('plans.case.inForce', { number: inForce.number, date: format.date(inForce.approvedAt) })}{' '}
              {inForce.evaluationOn && t('plans.case.evaluation', { date: format.date(inForce.evaluationOn) })}{' '}
              <Link href={`/plans/${inForce.id}`} linkComponent={RouterLinkAdapter}>
                {t('plans.case.open')}
              </Link>
            </Paragraph>
          ) : (
            <Paragraph>{query.data.items.length ? t('plans.case.noneInForce') : t('plans.case.none')}</Paragraph>
          )}
          {inForce && (
            <div>
              <Heading level={3} className="ams-mb-xs">
                {t('plans.case.counts')}
              </Heading>
              <DescriptionList>
                <DescriptionList.Section>
                  <DescriptionList.Term>{t('plans.case.stalledActions')}</DescriptionList.Term>
                  <DescriptionList.Description data-testid="stalled-action-count">{counts.stalledActionCount}</DescriptionList.Description>
                </DescriptionList.Section>
                <DescriptionList.Section>
                  <DescriptionList.Term>{t('plans.case.overdueGoals')}</DescriptionList.Term>
                  <DescriptionList.Description data-testid="overdue-goal-count">{counts.overdueGoalCount}</DescriptionList.Description>
                </DescriptionList.Section>
              </DescriptionList>
            </div>
          )}
          {canWrite && query.data.canStart && (
            <div>
              <Button variant="secondary" onClick={startPlan} disabled={start.isPending}>
                {query.data.items.length ? t('plans.case.newVersion') : t('plans.case.start')}
              </Button>
            </div>
          )}
          {isApiError(start.error, 409) ? (
            <Alert heading={t('plans.case.openConflict')} headingLevel={3} severity="warning" role="alert" />
          ) : (
            <ProblemAlert error={start.error} headingLevel={3} />
          )}
          {query.data.items.length > 0 && <PlanVersions items={query.data.items} />}
        </Column>
      )}
    </section>
  )
}

function PlanVersions({ items }: { items: PlanSummary[] }) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <TableScroll label={t('plans.case.versions')}>
      <Table>
        <Table.Caption>{t('plans.case.versions')}</Table.Caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('plans.fields.number')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plans.fields.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plans.fields.author')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plans.fields.createdAt')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plans.fields.evaluationOn')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plans.sections.goals')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {items.map((item) => (
            <Table.Row key={item.id}>
              <Table.Cell>
                <Link href={`/plans/${item.id}`} linkComponent={RouterLinkAdapter}>
                  {t('plans.version', { number: item.number })}
                </Link>
              </Table.Cell>
              <Table.Cell>
                <PlanStatusBadge status={item.status} />
              </Table.Cell>
              <Table.Cell>{item.author.name}</Table.Cell>
              <Table.Cell>{format.date(item.createdAt)}</Table.Cell>
              <Table.Cell>{item.evaluationOn ? format.date(item.evaluationOn) : '–'}</Table.Cell>
              <Table.Cell>{t('plans.case.goalsActions', { goals: item.goalCount, actions: item.actionCount })}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  )
}
