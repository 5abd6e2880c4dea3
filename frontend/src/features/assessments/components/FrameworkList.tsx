import { Link, Paragraph, Table } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { TableScroll } from '../../../components/TableScroll'
import { useFormat } from '../../../lib/i18n/format'
import { useFrameworks } from '../api/listFrameworks'
import { FrameworkStatusBadge } from './Badges'
import { useLocalText } from './vocabulary'

/** Every imported framework version, newest first, with its status. */
export function FrameworkList() {
  const { t } = useTranslation()
  const format = useFormat()
  const local = useLocalText()
  const query = useFrameworks()
  if (query.isPending) return <Loading />
  if (query.isError) return <ProblemAlert error={query.error} />
  if (query.data.length === 0) return <Paragraph>{t('frameworks.empty')}</Paragraph>
  return (
    <TableScroll label={t('frameworks.tableCaption')}>
      <Table>
        <Table.Caption>{t('frameworks.tableCaption')}</Table.Caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('frameworks.name')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('frameworks.version')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('frameworks.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('frameworks.indicatorCount')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('frameworks.importedAt')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('frameworks.publishedAt')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {query.data.map((framework) => (
            <Table.Row key={framework.id}>
              <Table.Cell>
                <Link href={`/frameworks/${framework.id}`} linkComponent={RouterLinkAdapter}>
                  {local(framework.name)}
                </Link>
              </Table.Cell>
              <Table.Cell>{framework.version}</Table.Cell>
              <Table.Cell>
                <FrameworkStatusBadge status={framework.status} />
              </Table.Cell>
              <Table.Cell>{format.number(framework.indicatorCount)}</Table.Cell>
              <Table.Cell>{format.dateTime(framework.importedAt)}</Table.Cell>
              <Table.Cell>{framework.publishedAt ? format.dateTime(framework.publishedAt) : '–'}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  )
}
