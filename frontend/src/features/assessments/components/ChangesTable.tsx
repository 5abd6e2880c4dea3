import { Table } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { TableScroll } from '../../../components/TableScroll'
import type { FrameworkDetail, IndicatorChange } from '../api/types'
import { useCodeLabels, useLocalText, usePresenceLabel } from './vocabulary'

/** What changed since the previous submitted assessment of the same perspective. */
export function ChangesTable({ changes, framework }: { changes: IndicatorChange[]; framework?: FrameworkDetail }) {
  const { t } = useTranslation()
  const local = useLocalText()
  const labels = useCodeLabels()
  const presence = usePresenceLabel()
  const name = (code: string) => {
    const indicator = framework?.indicators.find((item) => item.code === code)
    return indicator ? t('indicator.heading', { code, label: local(indicator.label) }) : code
  }
  const relevance = (value: IndicatorChange['relevanceBefore']) => (value ? t(`enums.relevance.${value}`) : '–')
  return (
    <TableScroll label={t('assessment.changes.caption')}>
      <Table>
        <Table.Caption>{t('assessment.changes.caption')}</Table.Caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('assessment.indicator')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('assessment.dimension')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('assessment.changes.before')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('assessment.changes.after')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('assessment.changes.direction')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {changes.map((change) => {
            const protective = change.dimension === 'protective'
            return (
              <Table.Row key={change.code}>
                <Table.HeaderCell scope="row">{name(change.code)}</Table.HeaderCell>
                <Table.Cell>{labels.dimension(change.dimension)}</Table.Cell>
                <Table.Cell>
                  {presence(change.presenceBefore, protective)} ({t('assessment.relevanceShort')}: {relevance(change.relevanceBefore)})
                </Table.Cell>
                <Table.Cell>
                  {presence(change.presenceAfter, protective)} ({t('assessment.relevanceShort')}: {relevance(change.relevanceAfter)})
                </Table.Cell>
                <Table.Cell>{t(`enums.changeDirection.${change.direction}`)}</Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
    </TableScroll>
  )
}
