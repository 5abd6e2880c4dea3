import { Paragraph, Table } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { TableScroll } from '../../../components/TableScroll'
import type { AssessmentDetail, FrameworkDetail, MappingRelation } from '../api/types'
import { useLocalText, usePresenceLabel } from './vocabulary'

type Props = {
  readonly assessment: AssessmentDetail
  readonly framework: FrameworkDetail | undefined
  /** The crosswalk's relation of an external item to our indicator, when the crosswalk is at hand. */
  readonly relationOf?: (externalCode: string, indicatorCode: string) => MappingRelation | undefined
}

/** Read only: how the ratings entered in external codes land on our indicators, with what the mapping changed. */
export function DerivedRatingsTable({ assessment, framework, relationOf }: Props) {
  const { t } = useTranslation()
  const local = useLocalText()
  const presence = usePresenceLabel()
  const ratings = new Map(assessment.ratings.map((rating) => [rating.code, rating]))
  const rows = assessment.derived.flatMap((derived) => {
    const rating = ratings.get(derived.code)
    return rating ? [{ derived, rating }] : []
  })
  const indicatorOf = (code: string) => framework?.indicators.find((item) => item.code === code)
  const protective = (code: string) =>
    framework?.dimensions.find((dimension) => dimension.code === indicatorOf(code)?.dimension)?.kind === 'protective'
  const source = (externalCode: string, indicatorCode: string) => {
    const relation = relationOf?.(externalCode, indicatorCode)
    return relation ? t('derived.fromWithRelation', { code: externalCode, relation: t(`enums.mappingRelation.${relation}`) }) : externalCode
  }
  if (rows.length === 0) return <Paragraph>{t('derived.empty')}</Paragraph>
  return (
    <>
      <TableScroll label={t('derived.caption')}>
        <Table>
          <Table.Caption className="ams-visually-hidden">{t('derived.caption')}</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('assessment.indicator')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('assessment.presence')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('assessment.relevanceShort')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('derived.from')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('derived.mapping')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map(({ derived, rating }) => {
              const indicator = indicatorOf(derived.code)
              return (
                <Table.Row key={derived.code}>
                  <Table.HeaderCell scope="row">
                    {indicator ? t('indicator.heading', { code: derived.code, label: local(indicator.label) }) : derived.code}
                  </Table.HeaderCell>
                  <Table.Cell>{presence(rating.presence, protective(derived.code))}</Table.Cell>
                  <Table.Cell>{rating.relevance ? t(`enums.relevance.${rating.relevance}`) : '–'}</Table.Cell>
                  <Table.Cell>{derived.fromExternalCodes.map((code) => source(code, derived.code)).join(', ')}</Table.Cell>
                  <Table.Cell>
                    {derived.capped
                      ? t('derived.capped')
                      : derived.fromExternalCodes.length > 1
                        ? t('derived.combined')
                        : t('derived.asEntered')}
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      </TableScroll>
      {rows.some(({ derived }) => derived.capped) && <Paragraph size="small" className="ams-mt-s">{t('derived.cappedExplained')}</Paragraph>}
    </>
  )
}
