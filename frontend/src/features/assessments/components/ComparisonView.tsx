import { Badge, Column, Heading, Link, Paragraph, Table, UnorderedList } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { TableScroll } from '../../../components/TableScroll'
import { useFormat } from '../../../lib/i18n/format'
import { useComparison } from '../api/getComparison'
import { useFramework } from '../api/getFramework'
import { useCaseAssessments } from '../api/listCaseAssessments'
import type { Comparison, ComparisonCell } from '../api/types'
import { DIMENSIONS, useCodeLabels, useLocalText, usePresenceLabel } from './vocabulary'

/** The latest submitted assessment per perspective side by side; where they disagree enough to discuss. */
export function ComparisonView({ caseId }: { caseId: string }) {
  const { t } = useTranslation()
  const format = useFormat()
  const local = useLocalText()
  const labels = useCodeLabels()
  const presence = usePresenceLabel()
  const query = useComparison(caseId)
  const assessments = useCaseAssessments(caseId)
  const frameworkId = assessments.data?.filter((item) => item.status === 'submitted').at(-1)?.frameworkId
  const framework = useFramework(frameworkId)

  if (query.isPending) return <Loading />
  if (query.isError) return <ProblemAlert error={query.error} />
  const comparison = query.data
  if (comparison.perspectives.length === 0) return <Paragraph>{t('comparison.empty')}</Paragraph>

  const indicatorName = (code: string) => {
    const indicator = framework.data?.indicators.find((item) => item.code === code)
    return indicator ? t('indicator.heading', { code, label: local(indicator.label) }) : code
  }
  const perspectiveName = (perspective: string) => labels.perspective(perspective)
  const cellText = (cell: ComparisonCell | undefined, dimension: string) => {
    if (!cell?.presence) return t('comparison.notRated')
    const text = presence(cell.presence, dimension === 'protective')
    return cell.relevance ? t('comparison.withRelevance', { presence: text, relevance: t(`enums.relevance.${cell.relevance}`) }) : text
  }
  const rowOf = (code: string) => comparison.rows.find((row) => row.indicatorCode === code)
  const disagreementsOf = (code: string) => comparison.disagreements.filter((item) => item.indicatorCode === code)
  const dimensions = orderedDimensions(comparison)

  return (
    <Column gap="large">
      <section aria-labelledby="comparison-perspectives-heading">
        <Heading level={2} id="comparison-perspectives-heading" className="ams-mb-s">
          {t('comparison.perspectivesHeading')}
        </Heading>
        <UnorderedList>
          {comparison.perspectives.map((item) => (
            <UnorderedList.Item key={item.perspective}>
              <Link href={`/assessments/${item.assessmentId}`} linkComponent={RouterLinkAdapter}>
                {t('comparison.perspective', {
                  perspective: perspectiveName(item.perspective),
                  organisation: item.organisationName,
                  date: format.date(item.assessedOn),
                })}
              </Link>
            </UnorderedList.Item>
          ))}
        </UnorderedList>
        {comparison.perspectives.length === 1 && <Paragraph className="ams-mt-s">{t('comparison.onlyOne')}</Paragraph>}
      </section>
      <section aria-labelledby="comparison-disagreements-heading">
        <Heading level={2} id="comparison-disagreements-heading" className="ams-mb-s">
          {t('comparison.disagreementsHeading', { count: comparison.disagreements.length })}
        </Heading>
        {comparison.disagreements.length === 0 ? (
          <Paragraph>{t('comparison.noDisagreements')}</Paragraph>
        ) : (
          <>
            <Paragraph className="ams-mb-s">{t('comparison.disagreementsIntro')}</Paragraph>
            <ol className="casusregie-disagreements" aria-label={t('comparison.disagreementsLabel')}>
              {comparison.disagreements.map((item, index) => {
                const row = rowOf(item.indicatorCode)
                return (
                  <li key={`${item.indicatorCode}-${item.kind}-${index}`}>
                    <strong>{indicatorName(item.indicatorCode)}</strong> ({t(`enums.disagreementKind.${item.kind}`)}):{' '}
                    {item.perspectives
                      .map((perspective) =>
                        t('comparison.says', {
                          perspective: perspectiveName(perspective),
                          value: cellText(row?.cells.find((cell) => cell.perspective === perspective), item.dimension),
                        }),
                      )
                      .join('; ')}
                  </li>
                )
              })}
            </ol>
          </>
        )}
      </section>
      {dimensions.map((dimension) => {
        const caption = labels.dimension(dimension)
        const rows = comparison.rows.filter((row) => row.dimension === dimension)
        return (
          <section key={dimension} aria-labelledby={`comparison-${dimension}`}>
            <Heading level={2} id={`comparison-${dimension}`} className="ams-mb-s">
              {caption}
            </Heading>
            <TableScroll label={t('comparison.tableCaption', { dimension: caption })}>
              <Table>
                <Table.Caption className="ams-visually-hidden">{t('comparison.tableCaption', { dimension: caption })}</Table.Caption>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('assessment.indicator')}</Table.HeaderCell>
                    {comparison.perspectives.map((item) => (
                      <Table.HeaderCell key={item.perspective} scope="col">{perspectiveName(item.perspective)}</Table.HeaderCell>
                    ))}
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {rows.map((row) => {
                    const found = disagreementsOf(row.indicatorCode)
                    return (
                      <Table.Row key={row.indicatorCode} className={found.length ? 'casusregie-disagreement-row' : undefined}
                        data-disagreement={found.length > 0 || undefined}>
                        <Table.HeaderCell scope="row">
                          {indicatorName(row.indicatorCode)}
                          {found.map((item) => (
                            <span key={item.kind}>
                              {' '}
                              <Badge color="orange" label={t('comparison.difference', { kind: t(`enums.disagreementKind.${item.kind}`) })} />
                            </span>
                          ))}
                        </Table.HeaderCell>
                        {comparison.perspectives.map((item) => (
                          <Table.Cell key={item.perspective}>
                            {cellText(row.cells.find((cell) => cell.perspective === item.perspective), dimension)}
                          </Table.Cell>
                        ))}
                      </Table.Row>
                    )
                  })}
                </Table.Body>
              </Table>
            </TableScroll>
          </section>
        )
      })}
    </Column>
  )
}

function orderedDimensions(comparison: Comparison): string[] {
  const seen = [...new Set(comparison.rows.map((row) => row.dimension))]
  return [...DIMENSIONS.filter((code) => seen.includes(code)), ...seen.filter((code) => !(DIMENSIONS as readonly string[]).includes(code))]
}
