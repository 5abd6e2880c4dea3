import { Column, Heading, Link, Paragraph, Row, Table } from '@amsterdam/design-system-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { TableScroll } from '../../../components/TableScroll'
import { todayIso, useFormat } from '../../../lib/i18n/format'
import { useFramework } from '../api/getFramework'
import { useCaseAssessments } from '../api/listCaseAssessments'
import type { AssessmentSummary } from '../api/types'
import { AlertsPanel } from './AlertsPanel'
import { AssessmentStatusBadge, ConcernLevelBadge } from './Badges'
import { ConcernLevelChart, levelPoints } from './ConcernLevelChart'
import { ProfileChart, profileDimensions } from './ProfileChart'
import { useCodeLabels, useLocalText } from './vocabulary'

type Props = {
  readonly caseId: string
  readonly canWrite: boolean
  readonly canAcknowledge: boolean
}

function daysBetween(from: string, to: string): number {
  const day = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number)
    return Date.UTC(y, m - 1, d) / 86_400_000
  }
  return Math.round(day(to) - day(from))
}

/** The case's assessments: alerts, next review, the level and the dimension profiles over time, and the list. */
export function CaseAssessments({ caseId, canWrite, canAcknowledge }: Props) {
  const { t } = useTranslation()
  const local = useLocalText()
  const query = useCaseAssessments(caseId)
  const assessments = query.data ?? []
  const latest = assessments.at(-1)
  const framework = useFramework(latest?.frameworkId)
  const indicatorName = (code: string) => {
    const indicator = framework.data?.indicators.find((item) => item.code === code)
    return indicator ? t('indicator.heading', { code, label: local(indicator.label) }) : code
  }
  const submitted = assessments.filter((item) => item.status === 'submitted')

  return (
    <section aria-labelledby="case-assessments-heading">
      <Heading level={2} id="case-assessments-heading" className="ams-mb-s">
        {t('caseAssessments.heading')}
      </Heading>
      <Column gap="large">
        <AlertsPanel caseId={caseId} canAcknowledge={canAcknowledge} indicatorName={indicatorName} />
        {query.isPending && <Loading />}
        {query.isError && <ProblemAlert error={query.error} headingLevel={3} />}
        {query.data && (
          <>
            <NextReview submitted={submitted} />
            <Row wrap>
              {canWrite && (
                <Paragraph>
                  <Link href={`/cases/${caseId}/assessments/new`} linkComponent={RouterLinkAdapter}>
                    {t('caseAssessments.new')}
                  </Link>
                </Paragraph>
              )}
              {submitted.length > 0 && (
                <Paragraph>
                  <Link href={`/cases/${caseId}/comparison`} linkComponent={RouterLinkAdapter}>
                    {t('caseAssessments.compare')}
                  </Link>
                </Paragraph>
              )}
            </Row>
            {assessments.length === 0 ? (
              <Paragraph>{t('caseAssessments.empty')}</Paragraph>
            ) : (
              <>
                {submitted.length > 0 && <Trends submitted={submitted} />}
                <AssessmentTable assessments={assessments} canWrite={canWrite} />
              </>
            )}
          </>
        )}
      </Column>
    </section>
  )
}

function NextReview({ submitted }: { submitted: AssessmentSummary[] }) {
  const { t } = useTranslation()
  const format = useFormat()
  const due = submitted.at(-1)?.nextReviewOn
  if (!due) return null
  const days = daysBetween(todayIso(), due)
  return (
    <Paragraph data-testid="next-review">
      <strong>{t('caseAssessments.nextReview')}</strong> {format.date(due)}{' '}
      {days < 0
        ? t('caseAssessments.overdue', { count: -days })
        : days === 0
          ? t('caseAssessments.dueToday')
          : t('caseAssessments.dueIn', { count: days })}
    </Paragraph>
  )
}

function Trends({ submitted }: { submitted: AssessmentSummary[] }) {
  const { t } = useTranslation()
  const format = useFormat()
  const labels = useCodeLabels()
  const ids = useId().replace(/[^a-zA-Z0-9_-]/g, '')
  const points = levelPoints(submitted)
  const dimensions = profileDimensions(submitted)
  const column = (item: AssessmentSummary) =>
    t('caseAssessments.column', { date: format.date(item.assessedOn), perspective: t(`enums.perspective.${item.perspective}`) })
  return (
    <>
      <div>
        <Heading level={3} className="ams-mb-s">
          {t('caseAssessments.levelHeading')}
        </Heading>
        <ConcernLevelChart points={points} describedBy={`level-table-${ids}`} />
        <TableScroll label={t('caseAssessments.levelTable')}>
          <Table id={`level-table-${ids}`}>
            <Table.Caption>{t('caseAssessments.levelTable')}</Table.Caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('assessment.assessedOn')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('assessment.perspective')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('assessment.type')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('assessment.proposedLevel')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('assessment.finalLevel')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {submitted.map((item) => (
                <Table.Row key={item.id}>
                  <Table.Cell>{format.date(item.assessedOn)}</Table.Cell>
                  <Table.Cell>{t(`enums.perspective.${item.perspective}`)}</Table.Cell>
                  <Table.Cell>{t(`enums.assessmentType.${item.type}`)}</Table.Cell>
                  <Table.Cell>{t(`enums.concernLevel.${item.proposedLevel}`)}</Table.Cell>
                  <Table.Cell>{item.finalLevel ? t(`enums.concernLevel.${item.finalLevel}`) : '–'}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      </div>
      {dimensions.length > 0 && (
        <div>
          <Heading level={3} className="ams-mb-s">
            {t('caseAssessments.profileHeading')}
          </Heading>
          <Paragraph className="ams-mb-s" size="small">{t('caseAssessments.profileIntro')}</Paragraph>
          <ProfileChart assessments={submitted} describedBy={`profile-table-${ids}`} />
          <TableScroll label={t('caseAssessments.profileTable')}>
            <Table id={`profile-table-${ids}`}>
              <Table.Caption>{t('caseAssessments.profileTable')}</Table.Caption>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('assessment.dimension')}</Table.HeaderCell>
                  {submitted.map((item) => (
                    <Table.HeaderCell key={item.id} scope="col">{column(item)}</Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {dimensions.map((dimension) => (
                  <Table.Row key={dimension}>
                    <Table.HeaderCell scope="row">{labels.dimension(dimension)}</Table.HeaderCell>
                    {submitted.map((item) => {
                      const profile = item.profiles.find((p) => p.dimension === dimension)
                      return (
                        <Table.Cell key={item.id}>
                          {profile ? t('caseAssessments.profileCell', { ...profile }) : '–'}
                        </Table.Cell>
                      )
                    })}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        </div>
      )}
    </>
  )
}

function AssessmentTable({ assessments, canWrite }: { assessments: AssessmentSummary[]; canWrite: boolean }) {
  const { t } = useTranslation()
  const format = useFormat()
  const newestFirst = [...assessments].reverse()
  return (
    <TableScroll label={t('caseAssessments.tableCaption')}>
      <Table>
        <Table.Caption>{t('caseAssessments.tableCaption')}</Table.Caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('assessment.assessedOn')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('assessment.type')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('assessment.perspective')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('assessment.organisation')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('assessment.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('assessment.finalLevel')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('assessment.nextReviewOn')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {newestFirst.map((item) => {
            const editable = item.status === 'draft' && canWrite
            return (
              <Table.Row key={item.id}>
                <Table.Cell>
                  <Link href={editable ? `/assessments/${item.id}/edit` : `/assessments/${item.id}`} linkComponent={RouterLinkAdapter}
                    className="casusregie-nowrap">
                    {format.date(item.assessedOn)}
                  </Link>
                </Table.Cell>
                <Table.Cell>{t(`enums.assessmentType.${item.type}`)}</Table.Cell>
                <Table.Cell>{t(`enums.perspective.${item.perspective}`)}</Table.Cell>
                <Table.Cell>{item.organisationName}</Table.Cell>
                <Table.Cell>
                  <AssessmentStatusBadge status={item.status} />
                </Table.Cell>
                <Table.Cell>
                  {item.finalLevel ? <ConcernLevelBadge level={item.finalLevel} /> : t('caseAssessments.proposed', {
                    level: t(`enums.concernLevel.${item.proposedLevel}`),
                  })}
                </Table.Cell>
                <Table.Cell>{item.nextReviewOn ? format.date(item.nextReviewOn) : '–'}</Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
    </TableScroll>
  )
}
