import { Heading, Paragraph, Table, UnorderedList } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { TableScroll } from '../../../components/TableScroll'
import { isEscalationLevel } from '../../../lib/api/enums'
import type { ProcessDefinition } from '../../../lib/api/types'

/** The text alternative of the chart: every transition, the final states and the escalation levels. */
export function ProcessTable({ process, id }: { process: ProcessDefinition; id: string }) {
  const { t } = useTranslation()
  const status = (code: ProcessDefinition['states'][number]['code']) => t(`enums.caseStatus.${code}`)
  const finals = process.states.filter((state) => state.final).map((state) => status(state.code))
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Heading level={2} id={`${id}-heading`} className="ams-mb-s">
        {t('process.textHeading')}
      </Heading>
      <Paragraph id={id} className="ams-mb-m">
        {t('process.textIntro', { count: process.transitions.length, finals: finals.join(', ') })}
      </Paragraph>
      <TableScroll label={t('process.tableCaption')}>
        <Table>
          <Table.Caption>{t('process.tableCaption')}</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('process.from')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('process.step')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('process.to')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('process.closureReasons')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {process.transitions.map((transition) => (
              <Table.Row key={`${transition.fromStatus}-${transition.name}`}>
                <Table.Cell>{status(transition.fromStatus)}</Table.Cell>
                <Table.Cell>{t(`enums.transition.${transition.name}`)}</Table.Cell>
                <Table.Cell>
                  {transition.toStatus ? status(transition.toStatus) : t('process.newCase', { status: status('referred') })}
                </Table.Cell>
                <Table.Cell>
                  {transition.closureReasons.map((reason) => t(`enums.closureReason.${reason}`)).join(', ') || '-'}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      <Heading level={3} className="ams-mt-l ams-mb-s">
        {t('process.levelsHeading')}
      </Heading>
      <Paragraph className="ams-mb-s">{t('process.levelsIntro')}</Paragraph>
      <UnorderedList>
        {process.escalationLevels.map((level) => (
          <UnorderedList.Item key={level}>
            {isEscalationLevel(level) ? t(`enums.escalationLevel.${level}`) : String(level)}
          </UnorderedList.Item>
        ))}
      </UnorderedList>
    </section>
  )
}
