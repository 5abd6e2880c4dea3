import { Link, Table } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { TableScroll } from '../../../components/TableScroll'
import type { Organisation } from '../../../lib/api/types'
import { useFormat } from '../../../lib/i18n/format'

export function OrganisationTable({ organisations }: { organisations: Organisation[] }) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <TableScroll label={t('organisations.tableCaption')}>
      <Table>
        <Table.Caption>{t('organisations.tableCaption')}</Table.Caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('organisations.name')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('organisations.shortName')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('organisations.kind')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('filters.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('common.updatedAt')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {organisations.length === 0 && (
            <Table.Row>
              <Table.Cell colSpan={5}>{t('common.noResults')}</Table.Cell>
            </Table.Row>
          )}
          {organisations.map((organisation) => (
            <Table.Row key={organisation.id}>
              <Table.Cell>
                <Link href={`/admin/organisations/${organisation.id}`} linkComponent={RouterLinkAdapter}>
                  {organisation.name}
                </Link>
              </Table.Cell>
              <Table.Cell>{organisation.shortName ?? ''}</Table.Cell>
              <Table.Cell>{t(`enums.organisationKind.${organisation.kind}`)}</Table.Cell>
              <Table.Cell>{organisation.active ? t('common.active') : t('common.inactive')}</Table.Cell>
              <Table.Cell>{format.dateTime(organisation.updatedAt)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  )
}
