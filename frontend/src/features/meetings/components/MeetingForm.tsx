import {
  Alert, Button, Checkbox, Column, ErrorMessage, Field, FieldSet, Heading, Label, Paragraph, Select, TimeInput,
} from '@amsterdam/design-system-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { DateField, SelectField, TextAreaField, TextField } from '../../../components/fields'
import { mergeErrors, serverFieldErrors, type FieldErrors } from '../../../components/formErrors'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { isApiError } from '../../../lib/api/problem'
import { todayIso } from '../../../lib/i18n/format'
import { useOrganisations } from '../api/listOrganisations'
import type { Meeting, MeetingChanges, MeetingCreate, MeetingType } from '../api/meetingTypes'
import { MEETING_TYPES } from './vocabulary'

/** What the form holds: the moment as a local date and time, the participants one per line. */
export type MeetingDraft = {
  type: MeetingType
  date: string
  time: string
  place: string
  chairName: string
  secretaryName: string
  organisationIds: string[]
  participants: string
}

export const EMPTY_MEETING_DRAFT: MeetingDraft = {
  type: 'weighing', date: todayIso(), time: '09:00', place: '', chairName: '', secretaryName: '', organisationIds: [],
  participants: '',
}

/** A planned meeting as a draft, its moment in the browser's time zone. */
export function draftFromMeeting(meeting: Meeting): MeetingDraft {
  const startsAt = new Date(meeting.startsAt)
  const pad = (n: number) => String(n).padStart(2, '0')
  return {
    type: meeting.type,
    date: todayIso(startsAt),
    time: `${pad(startsAt.getHours())}:${pad(startsAt.getMinutes())}`,
    place: meeting.place,
    chairName: meeting.chairName,
    secretaryName: meeting.secretaryName,
    organisationIds: meeting.organisations.map((organisation) => organisation.id),
    participants: meeting.participants.join('\n'),
  }
}

/** Only what differs from the meeting as loaded, so a PATCH touches (and audits) nothing else. */
export function meetingChanges(meeting: Meeting, values: MeetingCreate): MeetingChanges {
  const changes: MeetingChanges = {}
  if (new Date(values.startsAt).getTime() !== new Date(meeting.startsAt).getTime()) changes.startsAt = values.startsAt
  if (values.place !== meeting.place) changes.place = values.place
  if (values.chairName !== meeting.chairName) changes.chairName = values.chairName
  if ((values.secretaryName ?? '') !== meeting.secretaryName) changes.secretaryName = values.secretaryName
  const organisationIds = values.organisationIds ?? []
  const before = meeting.organisations.map((organisation) => organisation.id)
  if (organisationIds.length !== before.length || organisationIds.some((id) => !before.includes(id))) {
    changes.organisationIds = organisationIds
  }
  const participants = values.participants ?? []
  if (participants.join('\n') !== meeting.participants.join('\n')) changes.participants = participants
  return changes
}

type Props = {
  readonly title: string
  readonly initial: MeetingDraft
  /** The type is chosen when planning and fixed afterwards. */
  readonly withType: boolean
  readonly submitLabel: string
  readonly pending: boolean
  readonly error: unknown
  readonly onSubmit: (values: MeetingCreate) => void
  /** Offered after a 412: start again from the newest version. */
  readonly onReload?: () => void
}

/** The meeting's fields: type, moment, place, chair and secretary, the organisations taking part and the participants. */
export function MeetingForm({ title, initial, withType, submitLabel, pending, error, onSubmit, onReload }: Props) {
  const { t } = useTranslation()
  const organisations = useOrganisations()
  const [draft, setDraft] = useState<MeetingDraft>(initial)
  const [local, setLocal] = useState<FieldErrors>({})
  const errors = mergeErrors(serverFieldErrors(error), local)
  const set = (patch: Partial<MeetingDraft>) => setDraft((current) => ({ ...current, ...patch }))

  function toggle(id: string, checked: boolean) {
    set({ organisationIds: checked ? [...draft.organisationIds, id] : draft.organisationIds.filter((item) => item !== id) })
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const required = t('meetings.create.required')
    const found: FieldErrors = {
      startsAt: draft.date && draft.time ? undefined : required,
      place: draft.place.trim() ? undefined : required,
      chairName: draft.chairName.trim() ? undefined : required,
      organisationIds: draft.organisationIds.length ? undefined : t('meetings.create.chooseOrganisation'),
    }
    setLocal(found)
    if (Object.values(found).some(Boolean)) return
    onSubmit({
      type: draft.type,
      startsAt: new Date(`${draft.date}T${draft.time}`).toISOString(),
      place: draft.place.trim(),
      chairName: draft.chairName.trim(),
      secretaryName: draft.secretaryName.trim(),
      organisationIds: draft.organisationIds,
      participants: draft.participants.split('\n').map((line) => line.trim()).filter(Boolean),
    })
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="meeting-form-heading">
      <Heading level={2} id="meeting-form-heading" className="ams-visually-hidden">{title}</Heading>
      {onReload && isApiError(error, 412) ? (
        <Alert heading={t('conflict.heading')} headingLevel={2} severity="warning" role="alert" className="ams-mb-m">
          <Paragraph className="ams-mb-s">{t('meetings.edit.conflict')}</Paragraph>
          <Button type="button" variant="secondary" onClick={onReload}>{t('meetings.edit.reload')}</Button>
        </Alert>
      ) : (
        <ProblemAlert error={error} />
      )}
      {withType && (
        <SelectField id="type" label={t('meetings.fields.type')} value={draft.type} required error={errors.type}
          onChange={(value) => set({ type: value as MeetingType })}>
          {MEETING_TYPES.map((type) => (
            <Select.Option key={type} value={type}>{t(`meetings.type.${type}`)}</Select.Option>
          ))}
        </SelectField>
      )}
      <DateField id="date" label={t('meetings.fields.date')} value={draft.date} required error={errors.startsAt}
        onChange={(date) => set({ date })} />
      <Field className="ams-mb-m">
        <Label htmlFor="time">{t('meetings.fields.time')}</Label>
        <TimeInput id="time" name="time" value={draft.time} aria-required="true"
          onChange={(event) => set({ time: event.target.value })} />
      </Field>
      <TextField id="place" label={t('meetings.fields.place')} value={draft.place} required error={errors.place}
        onChange={(place) => set({ place })} />
      <TextField id="chairName" label={t('meetings.fields.chair')} value={draft.chairName} required
        error={errors.chairName} onChange={(chairName) => set({ chairName })} />
      <TextField id="secretaryName" label={t('meetings.fields.secretary')} value={draft.secretaryName} optional
        error={errors.secretaryName} onChange={(secretaryName) => set({ secretaryName })} />
      <FieldSet legend={t('meetings.fields.organisations')} invalid={Boolean(errors.organisationIds)} className="ams-mb-m"
        aria-describedby={errors.organisationIds ? 'organisationIds-error' : undefined} id="organisationIds">
        {errors.organisationIds && (
          <ErrorMessage id="organisationIds-error" prefix={t('form.errorPrefix')}>{errors.organisationIds}</ErrorMessage>
        )}
        {organisations.isPending && <Loading />}
        {organisations.isError && <ProblemAlert error={organisations.error} headingLevel={3} />}
        <Column gap="x-small">
          {organisations.data?.map((organisation) => (
            <Checkbox key={organisation.id} name="organisationIds" value={organisation.id}
              checked={draft.organisationIds.includes(organisation.id)} invalid={Boolean(errors.organisationIds)}
              onChange={(event) => toggle(organisation.id, event.target.checked)}>
              {organisation.name}
            </Checkbox>
          ))}
        </Column>
      </FieldSet>
      <TextAreaField id="participants" label={t('meetings.fields.participants')} optional
        hint={t('meetings.create.participantsHint')} value={draft.participants} error={errors.participants}
        onChange={(participants) => set({ participants })} />
      <Button type="submit" disabled={pending}>{submitLabel}</Button>
    </form>
  )
}
