import { Heading, Link, Paragraph, Table } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { TableScroll } from '../../../components/TableScroll'
import { useFormat } from '../../../lib/i18n/format'
import { useCaseDecisions } from '../api/listCaseDecisions'
import { useDecisionLabel } from './vocabulary'

/** "Besluiten" on the case page: what meetings decided about the case, newest first, with the meeting. */
export function CaseDecisions({ caseId }: { readonly caseId: string }) {
  const { t } = useTranslation()
  const format = useFormat()
  const label = useDecisionLabel()
  const query = useCaseDecisions(caseId)
  return (
    <section aria-labelledby="case-decisions-heading">
      <Heading level={2} id="case-decisions-heading" className="ams-mb-s">{t('meetings.caseDecisions.heading')}</Heading>
      {query.isPending && <Loading />}
      {query.isError && <ProblemAlert error={query.error} headingLevel={3} />}
      {query.data && query.data.items.length === 0 && <Paragraph>{t('meetings.caseDecisions.none')}</Paragraph>}
      {query.data && query.data.items.length > 0 && (
        <TableScroll label={t('meetings.caseDecisions.caption')}>
          <Table>
            <Table.Caption className="ams-visually-hidden">{t('meetings.caseDecisions.caption')}</Table.Caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('meetings.caseDecisions.date')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('meetings.decision.type')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('meetings.decision.rationale')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('meetings.fields.reference')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('meetings.caseDecisions.meeting')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {query.data.items.map((decision) => (
                <Table.Row key={decision.id}>
                  <Table.Cell>{format.date(decision.at)}</Table.Cell>
                  <Table.Cell>{label(decision.type)}</Table.Cell>
                  <Table.Cell className="casusregie-pre-line">{decision.rationale}</Table.Cell>
                  <Table.Cell>{decision.reference}</Table.Cell>
                  <Table.Cell>
                    <Link href={`/meetings/${decision.meetingId}`} linkComponent={RouterLinkAdapter}>
                      {`${t(`meetings.type.${decision.meetingType}`)} ${decision.meetingReference}`}
                    </Link>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  )
}
