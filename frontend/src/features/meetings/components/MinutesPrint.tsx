import { Button, Column, Heading, Link, Paragraph, Row, Select } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { SelectField } from '../../../components/fields'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { usePageTitle } from '../../../components/usePageTitle'
import { todayIso, useFormat } from '../../../lib/i18n/format'
import { useMinutes } from '../api/getMinutes'
import type { Minutes } from '../api/meetingTypes'
import { AgendaItemView, HiddenItemsNote } from './AgendaItemView'
import { MeetingHeader } from './MeetingHeader'

type Props = { readonly meetingId: string; readonly canChooseOrganisation: boolean }

/** The minutes on paper, as one organisation sees them (directors choose which; `?organisationId=`). */
export function MinutesPrint({ meetingId, canChooseOrganisation }: Props) {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const organisationId = (canChooseOrganisation && params.get('organisationId')) || undefined
  const query = useMinutes(meetingId, organisationId)
  return (
    <article className="casusregie-printable" aria-labelledby="minutes-heading">
      <Column gap="large">
        <div className="casusregie-no-print">
          <Row wrap alignVertical="end">
            <Button onClick={() => window.print()}>{t('meetings.minutes.print')}</Button>
            <Link href={`/meetings/${meetingId}`} linkComponent={RouterLinkAdapter}>{t('meetings.agenda.back')}</Link>
          </Row>
          {canChooseOrganisation && query.data && (
            <SelectField id="minutes-organisation" label={t('meetings.minutes.organisation')} value={organisationId ?? ''}
              onChange={(value) => setParams(value ? { organisationId: value } : {}, { replace: true })}>
              <Select.Option value="">{t('meetings.minutes.allOrganisations')}</Select.Option>
              {query.data.meeting.organisations.map((organisation) => (
                <Select.Option key={organisation.id} value={organisation.id}>{organisation.name}</Select.Option>
              ))}
            </SelectField>
          )}
        </div>
        {query.isPending && <Loading />}
        {query.isError && (
          <>
            <Heading level={1} id="minutes-heading">{t('meetings.minutes.titleGeneric')}</Heading>
            <ProblemAlert error={query.error} />
          </>
        )}
        {query.data && <MinutesView minutes={query.data} />}
      </Column>
    </article>
  )
}

function MinutesView({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation()
  const format = useFormat()
  const { meeting, organisation } = minutes
  const title = t('meetings.minutes.title', { reference: meeting.reference })
  usePageTitle(title)
  return (
    <>
      <div>
        <Heading level={1} id="minutes-heading" className="ams-mb-s">{title}</Heading>
        <Paragraph className="ams-mb-m">
          {organisation ? t('meetings.minutes.forOrganisation', { name: organisation.name }) : t('meetings.minutes.full')}
        </Paragraph>
        <MeetingHeader meeting={meeting} headingLevel={2} />
      </div>
      <section aria-labelledby="minutes-agenda-heading">
        <Heading level={2} id="minutes-agenda-heading" className="ams-mb-s">{t('meetings.detail.agenda')}</Heading>
        <HiddenItemsNote count={meeting.hiddenItemCount} />
        {meeting.items.length === 0 && <Paragraph>{t('meetings.detail.emptyAgenda')}</Paragraph>}
        {meeting.items.map((item, index) => (
          <AgendaItemView key={item.id} meetingId={meeting.id} item={item} number={index + 1} headingLevel={3}
            canMarkDone={false} linkCase={false} />
        ))}
      </section>
      <Paragraph size="small">{t('meetings.minutes.footer', { date: format.date(todayIso()) })}</Paragraph>
    </>
  )
}
