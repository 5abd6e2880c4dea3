import { Column, DescriptionList, Heading, Link, Paragraph, Row, Table } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { TableScroll } from '../../../components/TableScroll'
import { usePageTitle } from '../../../components/usePageTitle'
import { isApiError } from '../../../lib/api/problem'
import { useFormat } from '../../../lib/i18n/format'
import { useAssessment } from '../api/getAssessment'
import { useFramework } from '../api/getFramework'
import type { AssessmentDetail, FrameworkDetail } from '../api/types'
import { AssessmentStatusBadge, ConcernLevelBadge } from './Badges'
import { ChangesTable } from './ChangesTable'
import { ExternalRatings } from './ExternalRatings'
import { ProposalView } from './ProposalView'
import { RatingsTable } from './RatingsTable'
import { isOneOf, LIKELIHOODS } from './vocabulary'

/** A submitted (or draft) assessment as the actor may see it, read only. */
export function AssessmentDetailView({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation()
  const format = useFormat()
  const query = useAssessment(assessmentId)
  const assessment = query.data
  const framework = useFramework(assessment?.frameworkId)
  const title = assessment
    ? t('assessment.title', { type: t(`enums.assessmentType.${assessment.type}`), date: format.date(assessment.assessedOn) })
    : t('assessment.titleGeneric')
  usePageTitle(title)

  if (query.isPending) return <Loading />
  if (query.isError || !assessment) {
    return (
      <Column>
        <Heading level={1}>{isApiError(query.error, 404) ? t('assessment.notFound') : t('assessment.titleGeneric')}</Heading>
        {isApiError(query.error, 404) ? <Paragraph>{t('assessment.notFoundText')}</Paragraph> : <ProblemAlert error={query.error} />}
      </Column>
    )
  }
  return (
    <Column gap="large">
      <section aria-labelledby="assessment-heading">
        <Heading level={1} id="assessment-heading" className="ams-mb-s">
          {title}
        </Heading>
        <Row wrap className="ams-mb-m">
          <Paragraph>
            <Link href={`/cases/${assessment.caseId}`} linkComponent={RouterLinkAdapter}>
              {t('assessment.backToCase')}
            </Link>
          </Paragraph>
          {assessment.status === 'draft' && assessment.allowed.edit && (
            <Paragraph>
              <Link href={`/assessments/${assessment.id}/edit`} linkComponent={RouterLinkAdapter}>
                {t('assessment.continueEditing')}
              </Link>
            </Paragraph>
          )}
        </Row>
        <Facts assessment={assessment} />
      </section>
      <LevelSection assessment={assessment} framework={framework.data} />
      {assessment.changesSincePrevious.length > 0 && (
        <section aria-labelledby="assessment-changes-heading">
          <Heading level={2} id="assessment-changes-heading" className="ams-mb-s">
            {t('assessment.changes.heading')}
          </Heading>
          <ChangesTable changes={assessment.changesSincePrevious} framework={framework.data} />
        </section>
      )}
      <ExternalRatings assessment={assessment} framework={framework.data} />
      <section aria-labelledby="assessment-ratings-heading">
        <Heading level={2} id="assessment-ratings-heading" className="ams-mb-s">
          {t('assessment.ratingsHeading')}
        </Heading>
        {framework.isPending && <Loading />}
        {framework.isError && <ProblemAlert error={framework.error} headingLevel={3} />}
        {framework.data && <RatingsTable assessment={assessment} framework={framework.data} />}
      </section>
      <Formulation assessment={assessment} />
    </Column>
  )
}

function Facts({ assessment }: { assessment: AssessmentDetail }) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <DescriptionList termsWidth="medium">
      <DescriptionList.Term>{t('assessment.status')}</DescriptionList.Term>
      <DescriptionList.Description data-testid="assessment-status">
        <AssessmentStatusBadge status={assessment.status} />
      </DescriptionList.Description>
      <DescriptionList.Term>{t('assessment.perspective')}</DescriptionList.Term>
      <DescriptionList.Description>{t(`enums.perspective.${assessment.perspective}`)}</DescriptionList.Description>
      <DescriptionList.Term>{t('assessment.organisation')}</DescriptionList.Term>
      <DescriptionList.Description>{assessment.organisationName}</DescriptionList.Description>
      <DescriptionList.Term>{t('assessment.assessedOn')}</DescriptionList.Term>
      <DescriptionList.Description>{format.date(assessment.assessedOn)}</DescriptionList.Description>
      <DescriptionList.Term>{t('assessment.assessors')}</DescriptionList.Term>
      <DescriptionList.Description>{assessment.assessors.join(', ') || '–'}</DescriptionList.Description>
      <DescriptionList.Term>{t('assessment.informationCompleteness')}</DescriptionList.Term>
      <DescriptionList.Description>{t(`enums.completeness.${assessment.informationCompleteness}`)}</DescriptionList.Description>
      <DescriptionList.Term>{t('assessment.framework')}</DescriptionList.Term>
      <DescriptionList.Description>
        <Link href={`/frameworks/${assessment.frameworkId}`} linkComponent={RouterLinkAdapter}>
          {t('assessment.frameworkVersion', { version: assessment.frameworkVersion })}
        </Link>
      </DescriptionList.Description>
      {assessment.submittedAt && (
        <>
          <DescriptionList.Term>{t('assessment.submittedAt')}</DescriptionList.Term>
          <DescriptionList.Description>{format.dateTime(assessment.submittedAt)}</DescriptionList.Description>
        </>
      )}
      {assessment.nextReviewOn && (
        <>
          <DescriptionList.Term>{t('assessment.nextReviewOn')}</DescriptionList.Term>
          <DescriptionList.Description>{format.date(assessment.nextReviewOn)}</DescriptionList.Description>
        </>
      )}
    </DescriptionList>
  )
}

function LevelSection({ assessment, framework }: { assessment: AssessmentDetail; framework?: FrameworkDetail }) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="assessment-level-heading">
      <Heading level={2} id="assessment-level-heading" className="ams-mb-s">
        {t('assessment.levelHeading')}
      </Heading>
      <Column>
        <DescriptionList termsWidth="medium">
          <DescriptionList.Term>{t('assessment.finalLevel')}</DescriptionList.Term>
          <DescriptionList.Description data-testid="final-level">
            {assessment.finalLevel ? <ConcernLevelBadge level={assessment.finalLevel} /> : t('assessment.notYetSet')}
          </DescriptionList.Description>
          {assessment.rationale && (
            <>
              <DescriptionList.Term>{t('assessment.rationale')}</DescriptionList.Term>
              <DescriptionList.Description className="casusregie-prewrap">{assessment.rationale}</DescriptionList.Description>
            </>
          )}
          {assessment.agreements.map((agreement) => (
            <DescriptionList.Section key={agreement.organisationId}>
              <DescriptionList.Term>{agreement.organisationName}</DescriptionList.Term>
              <DescriptionList.Description>
                {agreement.agrees ? t('submit.agrees') : t('submit.disagrees')}
                {agreement.note && `: ${agreement.note}`}
              </DescriptionList.Description>
            </DescriptionList.Section>
          ))}
        </DescriptionList>
        <ProposalView proposal={assessment.proposal} framework={framework} headingLevel={3} />
      </Column>
    </section>
  )
}

const FORMULATION = ['drivers', 'inhibitors', 'destabilisers', 'protectiveAnchors'] as const

function Formulation({ assessment }: { assessment: AssessmentDetail }) {
  const { t } = useTranslation()
  const hasFormulation = FORMULATION.some((field) => assessment.formulation[field])
  return (
    <>
      <section aria-labelledby="assessment-formulation-heading">
        <Heading level={2} id="assessment-formulation-heading" className="ams-mb-s">
          {t('assessment.formulation.heading')}
        </Heading>
        {hasFormulation ? (
          <DescriptionList termsWidth="medium">
            {FORMULATION.map((field) => (
              <DescriptionList.Section key={field}>
                <DescriptionList.Term>{t(`assessment.formulation.${field}`)}</DescriptionList.Term>
                <DescriptionList.Description className="casusregie-prewrap">{assessment.formulation[field] || '–'}</DescriptionList.Description>
              </DescriptionList.Section>
            ))}
          </DescriptionList>
        ) : (
          <Paragraph>{t('assessment.formulation.empty')}</Paragraph>
        )}
      </section>
      <section aria-labelledby="assessment-scenarios-heading">
        <Heading level={2} id="assessment-scenarios-heading" className="ams-mb-s">
          {t('assessment.scenarios.heading')}
        </Heading>
        {assessment.scenarios.length === 0 ? (
          <Paragraph>{t('assessment.scenarios.empty')}</Paragraph>
        ) : (
          <TableScroll label={t('assessment.scenarios.heading')}>
            <Table>
              <Table.Caption className="ams-visually-hidden">{t('assessment.scenarios.heading')}</Table.Caption>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('assessment.scenarios.title')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('assessment.scenarios.description')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('assessment.scenarios.likelihood')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('assessment.scenarios.warningSigns')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('assessment.scenarios.indicators')}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {assessment.scenarios.map((scenario, index) => (
                  <Table.Row key={index}>
                    <Table.Cell>{scenario.title}</Table.Cell>
                    <Table.Cell className="casusregie-prewrap">{scenario.description}</Table.Cell>
                    <Table.Cell>
                      {isOneOf(LIKELIHOODS, scenario.likelihood) ? t(`enums.likelihood.${scenario.likelihood}`) : scenario.likelihood}
                    </Table.Cell>
                    <Table.Cell className="casusregie-prewrap">{scenario.warningSigns}</Table.Cell>
                    <Table.Cell>{scenario.indicatorCodes.join(', ')}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </section>
    </>
  )
}
