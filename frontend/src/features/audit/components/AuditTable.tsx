import { Table } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { TableScroll } from '../../../components/TableScroll'
import { ACTOR_TYPES, AUDIT_OUTCOMES, isOneOf } from '../../../lib/api/enums'
import type { AuditEvent } from '../../../lib/api/types'
import { useFormat } from '../../../lib/i18n/format'

export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <TableScroll label={t('audit.tableCaption')}>
      <Table>
        <Table.Caption>{t('audit.tableCaption')}</Table.Caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('audit.seq')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('audit.occurredAt')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('audit.actor')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('audit.action')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('audit.record')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('audit.outcome')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('audit.clientAddress')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {events.length === 0 && (
            <Table.Row>
              <Table.Cell colSpan={7}>{t('common.noResults')}</Table.Cell>
            </Table.Row>
          )}
          {events.map((event) => (
            <Table.Row key={event.seq}>
              <Table.Cell>{format.number(event.seq)}</Table.Cell>
              <Table.Cell>{format.dateTime(event.occurredAt)}</Table.Cell>
              <Table.Cell>
                {isOneOf(ACTOR_TYPES, event.actorType) ? t(`enums.actorType.${event.actorType}`) : event.actorType}
                {event.actorId && <span className="casusregie-id"> {event.actorId}</span>}
              </Table.Cell>
              <Table.Cell>{event.action}</Table.Cell>
              <Table.Cell>{[event.recordType, event.recordId].filter(Boolean).join(' ')}</Table.Cell>
              <Table.Cell>
                {isOneOf(AUDIT_OUTCOMES, event.outcome) ? t(`enums.outcome.${event.outcome}`) : event.outcome}
              </Table.Cell>
              <Table.Cell>{event.clientAddress ?? ''}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  )
}
