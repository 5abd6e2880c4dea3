import { Heading, Paragraph, Table } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { TableScroll } from '../../../components/TableScroll'
import type { AssessmentDetail, FrameworkDetail } from '../api/types'
import { DerivedRatingsTable } from './DerivedRatingsTable'
import { usePresenceLabel } from './vocabulary'

/** An assessment entered in an external model's codes (the police model): what was entered, and what it became. */
export function ExternalRatings({ assessment, framework }: { assessment: AssessmentDetail; framework: FrameworkDetail | undefined }) {
  const { t } = useTranslation()
  const presence = usePresenceLabel()
  if (assessment.externalRatings.length === 0) return null
  return (
    <section aria-labelledby="assessment-external-heading">
      <Heading level={2} id="assessment-external-heading" className="ams-mb-s">
        {t('assessment.external.heading')}
      </Heading>
      <Paragraph className="ams-mb-s">{t('assessment.external.intro')}</Paragraph>
      <TableScroll label={t('assessment.external.caption')}>
        <Table>
          <Table.Caption className="ams-visually-hidden">{t('assessment.external.caption')}</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('assessment.external.item')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('assessment.presence')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('assessment.relevanceShort')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('assessment.evidence')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {assessment.externalRatings.map((rating) => (
              <Table.Row key={rating.code}>
                <Table.HeaderCell scope="row">{`${rating.code} ${rating.label}`}</Table.HeaderCell>
                <Table.Cell>{presence(rating.presence, false)}</Table.Cell>
                <Table.Cell>{rating.relevance ? t(`enums.relevance.${rating.relevance}`) : '–'}</Table.Cell>
                <Table.Cell className="casusregie-prewrap">
                  {rating.withheld ? t('assessment.withheld') : rating.evidenceFor || rating.evidenceAgainst || '–'}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      {assessment.derived.length > 0 && (
        <>
          <Heading level={3} className="ams-mt-m ams-mb-s">
            {t('assessment.external.derivedHeading')}
          </Heading>
          <DerivedRatingsTable assessment={assessment} framework={framework} />
        </>
      )}
    </section>
  )
}
