import { Button, Column, Heading, Link, Paragraph, Row, Select, Table } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { SelectField } from '../../../components/fields'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { TableScroll } from '../../../components/TableScroll'
import { usePageTitle } from '../../../components/usePageTitle'
import { todayIso, useFormat } from '../../../lib/i18n/format'
import { useMeetings } from '../api/listMeetings'
import type { MeetingType } from '../api/meetingTypes'
import { calendarRange, shiftAnchor, type CalendarView } from './calendarRange'
import { MEETING_TYPES, MeetingStatusBadge } from './vocabulary'

/** The meetings of a week or a month, filtered by type; the period and filter live in the address. */
export function MeetingCalendar({ canManage }: { readonly canManage: boolean }) {
  const { t } = useTranslation()
  const format = useFormat()
  const [params, setParams] = useSearchParams()
  const view: CalendarView = params.get('view') === 'month' ? 'month' : 'week'
  const anchor = params.get('date') ?? todayIso()
  const typeParam = params.get('type')
  const type = MEETING_TYPES.find((item) => item === typeParam)
  const range = calendarRange(view, anchor)
  const query = useMeetings({ ...range, type })
  usePageTitle(t('meetings.calendar.title'))

  function update(changes: Record<string, string | undefined>) {
    const next = new URLSearchParams(params)
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value)
      else next.delete(key)
    }
    setParams(next, { replace: true })
  }

  const period =
    view === 'month'
      ? new Intl.DateTimeFormat(format.locale, { month: 'long', year: 'numeric' }).format(new Date(`${range.from}T12:00:00`))
      : t('meetings.calendar.weekOf', { from: format.date(range.from), to: format.date(range.to) })

  return (
    <Column gap="large">
      <div>
        <Heading level={1} className="ams-mb-s">{t('meetings.calendar.title')}</Heading>
        <Paragraph>{t('meetings.calendar.intro')}</Paragraph>
      </div>
      {canManage && (
        <div>
          <Link href="/meetings/new" linkComponent={RouterLinkAdapter}>{t('meetings.calendar.new')}</Link>
        </div>
      )}
      <Row wrap align="between" alignVertical="end">
        <Row wrap alignVertical="end">
          <SelectField id="meetings-view" label={t('meetings.calendar.view')} value={view}
            onChange={(value) => update({ view: value === 'month' ? 'month' : undefined })}>
            <Select.Option value="week">{t('meetings.calendar.week')}</Select.Option>
            <Select.Option value="month">{t('meetings.calendar.month')}</Select.Option>
          </SelectField>
          <SelectField id="meetings-type" label={t('meetings.fields.type')} value={type ?? ''}
            onChange={(value) => update({ type: value || undefined })}>
            <Select.Option value="">{t('meetings.calendar.allTypes')}</Select.Option>
            {MEETING_TYPES.map((item: MeetingType) => (
              <Select.Option key={item} value={item}>{t(`meetings.type.${item}`)}</Select.Option>
            ))}
          </SelectField>
        </Row>
        <Row wrap alignVertical="center" className="ams-mb-m">
          <Button variant="secondary" onClick={() => update({ date: shiftAnchor(view, anchor, -1) })}>
            {view === 'month' ? t('meetings.calendar.previousMonth') : t('meetings.calendar.previousWeek')}
          </Button>
          <Button variant="tertiary" onClick={() => update({ date: undefined })}>{t('meetings.calendar.today')}</Button>
          <Button variant="secondary" onClick={() => update({ date: shiftAnchor(view, anchor, 1) })}>
            {view === 'month' ? t('meetings.calendar.nextMonth') : t('meetings.calendar.nextWeek')}
          </Button>
        </Row>
      </Row>
      <Heading level={2} aria-live="polite">{period}</Heading>
      {query.isPending && <Loading />}
      {query.isError && <ProblemAlert error={query.error} />}
      {query.data && query.data.items.length === 0 && <Paragraph>{t('meetings.calendar.none')}</Paragraph>}
      {query.data && query.data.items.length > 0 && (
        <TableScroll label={t('meetings.calendar.caption', { period })}>
          <Table>
            <Table.Caption className="ams-visually-hidden">{t('meetings.calendar.caption', { period })}</Table.Caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('meetings.fields.startsAt')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('meetings.fields.reference')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('meetings.fields.type')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('meetings.fields.place')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('meetings.fields.chair')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('meetings.fields.itemCount')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('meetings.fields.status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {query.data.items.map((meeting) => (
                <Table.Row key={meeting.id}>
                  <Table.Cell>{format.dateTime(meeting.startsAt)}</Table.Cell>
                  <Table.Cell>
                    <Link href={`/meetings/${meeting.id}`} linkComponent={RouterLinkAdapter}>{meeting.reference}</Link>
                  </Table.Cell>
                  <Table.Cell>{t(`meetings.type.${meeting.type}`)}</Table.Cell>
                  <Table.Cell>{meeting.place}</Table.Cell>
                  <Table.Cell>{meeting.chairName}</Table.Cell>
                  <Table.Cell>{format.number(meeting.itemCount)}</Table.Cell>
                  <Table.Cell><MeetingStatusBadge status={meeting.status} /></Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </Column>
  )
}
