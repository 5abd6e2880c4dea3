import { Link, Paragraph, Table } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { TableScroll } from '../../../components/TableScroll'
import { useFormat } from '../../../lib/i18n/format'
import { useCrosswalks } from '../api/listCrosswalks'

type Props = {
  /** Only the crosswalks onto this framework version (on the framework's own page). */
  readonly frameworkId?: string
  readonly caption: string
}

/** Crosswalk versions, newest first: which external model, onto which framework version, how many mappings. */
export function CrosswalkList({ frameworkId, caption }: Props) {
  const { t } = useTranslation()
  const format = useFormat()
  const query = useCrosswalks()
  if (query.isPending) return <Loading />
  if (query.isError) return <ProblemAlert error={query.error} headingLevel={3} />
  const crosswalks = frameworkId ? query.data.filter((item) => item.frameworkId === frameworkId) : query.data
  if (crosswalks.length === 0) return <Paragraph>{t('crosswalks.empty')}</Paragraph>
  return (
    <TableScroll label={caption}>
      <Table>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('crosswalks.externalModel')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('crosswalks.version')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('crosswalks.frameworkVersion')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('crosswalks.entryCount')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('crosswalks.importedAt')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {crosswalks.map((crosswalk) => (
            <Table.Row key={crosswalk.id}>
              <Table.Cell>
                <Link href={`/crosswalks/${crosswalk.id}`} linkComponent={RouterLinkAdapter}>
                  {t('crosswalks.linkName', { model: crosswalk.externalModel, version: crosswalk.version })}
                </Link>
              </Table.Cell>
              <Table.Cell>{crosswalk.version}</Table.Cell>
              <Table.Cell>
                {frameworkId ? (
                  crosswalk.frameworkVersion
                ) : (
                  <Link href={`/frameworks/${crosswalk.frameworkId}`} linkComponent={RouterLinkAdapter}>
                    {crosswalk.frameworkVersion}
                  </Link>
                )}
              </Table.Cell>
              <Table.Cell>{format.number(crosswalk.entryCount)}</Table.Cell>
              <Table.Cell>{format.dateTime(crosswalk.importedAt)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  )
}
