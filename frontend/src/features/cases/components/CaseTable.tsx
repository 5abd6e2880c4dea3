import { Badge, Link, Table } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { TableScroll } from '../../../components/TableScroll'
import type { CaseSummary } from '../../../lib/api/types'
import { useFormat } from '../../../lib/i18n/format'
import { CaseStatusBadge } from './CaseStatusBadge'
import { useEscalationLevelLabel } from './EscalationLevelText'

export function CaseTable({ cases }: { cases: CaseSummary[] }) {
  const { t } = useTranslation()
  const format = useFormat()
  const level = useEscalationLevelLabel()
  return (
    <TableScroll label={t('cases.tableCaption')}>
      <Table>
        <Table.Caption>{t('cases.tableCaption')}</Table.Caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('cases.reference')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('cases.person')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('cases.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('cases.escalationLevel')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('cases.ideology')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('cases.district')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('cases.regisseur')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('cases.openAlerts')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('cases.openedAt')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('common.updatedAt')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {cases.length === 0 && (
            <Table.Row>
              <Table.Cell colSpan={10}>{t('common.noResults')}</Table.Cell>
            </Table.Row>
          )}
          {cases.map((item) => (
            <Table.Row key={item.id}>
              <Table.Cell>
                <Link href={`/cases/${item.id}`} linkComponent={RouterLinkAdapter} className="casusregie-nowrap">
                  {item.reference}
                </Link>
              </Table.Cell>
              <Table.Cell>{item.personName}</Table.Cell>
              <Table.Cell>
                <CaseStatusBadge status={item.status} />
              </Table.Cell>
              <Table.Cell>{level(item.escalationLevel)}</Table.Cell>
              <Table.Cell>{t(`enums.ideology.${item.ideology}`)}</Table.Cell>
              <Table.Cell>{t(`enums.district.${item.district}`)}</Table.Cell>
              <Table.Cell>{item.regisseurName ?? t('cases.noRegisseur')}</Table.Cell>
              <Table.Cell data-testid="open-alert-count">
                {item.openAlertCount > 0 ? <Badge color="magenta" label={format.number(item.openAlertCount)} /> : format.number(0)}
              </Table.Cell>
              <Table.Cell>{format.date(item.openedAt)}</Table.Cell>
              <Table.Cell>{format.dateTime(item.updatedAt)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  )
}
