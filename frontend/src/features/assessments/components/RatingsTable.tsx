import { Heading, Paragraph, Table } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { TableScroll } from '../../../components/TableScroll'
import { useFormat } from '../../../lib/i18n/format'
import type { AssessmentDetail, FrameworkDetail, RatingOut } from '../api/types'
import { useLocalText, usePresenceLabel } from './vocabulary'

/** The ratings per dimension. A rating shared as summary only shows its presence and says the rest is withheld. */
export function RatingsTable({ assessment, framework }: { assessment: AssessmentDetail; framework: FrameworkDetail }) {
  const { t } = useTranslation()
  const local = useLocalText()
  const byCode = new Map(assessment.ratings.map((rating) => [rating.code, rating]))
  const hidden = framework.indicators.filter((indicator) => !byCode.has(indicator.code)).length
  return (
    <>
      {hidden > 0 && <Paragraph className="ams-mb-m">{t('assessment.notShown', { count: hidden })}</Paragraph>}
      {framework.dimensions.map((dimension) => {
        const caption = local(dimension.label)
        const protective = dimension.kind === 'protective'
        return (
          <div key={dimension.code} className="ams-mb-l">
            <Heading level={3} className="ams-mb-s">
              {caption}
            </Heading>
            <TableScroll label={caption}>
              <Table>
                <Table.Caption className="ams-visually-hidden">{t('assessment.ratingsCaption', { dimension: caption })}</Table.Caption>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('assessment.indicator')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('assessment.presence')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('assessment.relevanceShort')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('assessment.trend')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('assessment.evidence')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('assessment.source')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('assessment.sharing')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {framework.indicators
                    .filter((indicator) => indicator.dimension === dimension.code)
                    .map((indicator) => (
                      <RatingRow key={indicator.code} label={t('indicator.heading', { code: indicator.code, label: local(indicator.label) })}
                        rating={byCode.get(indicator.code)} protective={protective} />
                    ))}
                </Table.Body>
              </Table>
            </TableScroll>
          </div>
        )
      })}
    </>
  )
}

function RatingRow({ label, rating, protective }: { label: string; rating?: RatingOut; protective: boolean }) {
  const { t } = useTranslation()
  const format = useFormat()
  const presence = usePresenceLabel()
  if (!rating) {
    return (
      <Table.Row>
        <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
        <Table.Cell colSpan={6}>{t('assessment.notRated')}</Table.Cell>
      </Table.Row>
    )
  }
  if (rating.withheld) {
    return (
      <Table.Row>
        <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
        <Table.Cell>{presence(rating.presence, protective)}</Table.Cell>
        <Table.Cell colSpan={5}>
          <span className="casusregie-note">{t('assessment.withheld')}</span>
        </Table.Cell>
      </Table.Row>
    )
  }
  const evidence = [
    rating.evidenceFor && t('assessment.evidenceForShort', { text: rating.evidenceFor }),
    rating.evidenceAgainst && t('assessment.evidenceAgainstShort', { text: rating.evidenceAgainst }),
  ].filter(Boolean)
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
      <Table.Cell>{presence(rating.presence, protective)}</Table.Cell>
      <Table.Cell>{rating.relevance ? t(`enums.relevance.${rating.relevance}`) : '–'}</Table.Cell>
      <Table.Cell>{rating.trend ? t(`enums.trend.${rating.trend}`) : '–'}</Table.Cell>
      <Table.Cell className="casusregie-prewrap">{evidence.join('\n') || '–'}</Table.Cell>
      <Table.Cell>
        {[rating.source, rating.sourceOn ? format.date(rating.sourceOn) : ''].filter(Boolean).join(', ') || '–'}
      </Table.Cell>
      <Table.Cell>{t(`enums.sharing.${rating.sharing}`)}</Table.Cell>
    </Table.Row>
  )
}
