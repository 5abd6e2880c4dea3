import { Button, Paragraph, Table } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { TableScroll } from '../../../components/TableScroll'
import { useFormat } from '../../../lib/i18n/format'
import { useMarkActionItemDone } from '../api/markActionItemDone'
import type { ActionItem } from '../api/meetingTypes'

type Props = {
  readonly meetingId: string
  readonly actionItems: readonly ActionItem[]
  readonly canMarkDone: boolean
  /** Names the table; several items each have one on a page. */
  readonly label: string
}

/** Action items: what, who, which organisation, by when; open ones get a "done" button where allowed. */
export function ActionItemList({ meetingId, actionItems, canMarkDone, label }: Props) {
  const { t } = useTranslation()
  const format = useFormat()
  const done = useMarkActionItemDone()
  if (actionItems.length === 0) return <Paragraph>{t('meetings.item.noActionItems')}</Paragraph>
  return (
    <>
      <TableScroll label={label}>
        <Table>
          <Table.Caption className="ams-visually-hidden">{label}</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('meetings.actionItem.text')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('meetings.actionItem.owner')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('meetings.actionItem.organisation')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('meetings.actionItem.dueOn')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('meetings.actionItem.status')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {actionItems.map((item) => (
              <Table.Row key={item.id}>
                <Table.Cell>{item.text}</Table.Cell>
                <Table.Cell>{item.ownerName}</Table.Cell>
                <Table.Cell>{item.organisationName}</Table.Cell>
                <Table.Cell>{format.date(item.dueOn)}</Table.Cell>
                <Table.Cell>
                  {item.doneAt ? (
                    t('meetings.actionItem.doneAt', { date: format.date(item.doneAt) })
                  ) : canMarkDone ? (
                    <Button variant="secondary" disabled={done.isPending} className="casusregie-no-print"
                      aria-label={t('meetings.actionItem.markDoneFor', { text: item.text })}
                      onClick={() => done.mutate({ meetingId, actionItemId: item.id })}>
                      {t('meetings.actionItem.markDone')}
                    </Button>
                  ) : (
                    t('meetings.actionItem.open')
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      <ProblemAlert error={done.error} headingLevel={3} />
    </>
  )
}
