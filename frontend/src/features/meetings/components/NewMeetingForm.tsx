import {
  Button, Checkbox, Column, ErrorMessage, Field, FieldSet, Heading, Label, Paragraph, Select, TimeInput,
} from '@amsterdam/design-system-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { DateField, SelectField, TextAreaField, TextField } from '../../../components/fields'
import { mergeErrors, serverFieldErrors, type FieldErrors } from '../../../components/formErrors'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { usePageTitle } from '../../../components/usePageTitle'
import { todayIso } from '../../../lib/i18n/format'
import { useCreateMeeting } from '../api/createMeeting'
import { useOrganisations } from '../api/listOrganisations'
import type { MeetingType } from '../api/meetingTypes'
import { MEETING_TYPES } from './vocabulary'

type Draft = {
  type: MeetingType
  date: string
  time: string
  place: string
  chairName: string
  secretaryName: string
  organisationIds: string[]
  participants: string
}

/** "Nieuw overleg": type, moment, place, chair and secretary, the organisations taking part and the participants. */
export function NewMeetingForm() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const organisations = useOrganisations()
  const create = useCreateMeeting()
  const [draft, setDraft] = useState<Draft>({
    type: 'weighing', date: todayIso(), time: '09:00', place: '', chairName: '', secretaryName: '', organisationIds: [],
    participants: '',
  })
  const [local, setLocal] = useState<FieldErrors>({})
  usePageTitle(t('meetings.create.title'))
  const errors = mergeErrors(serverFieldErrors(create.error), local)
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }))

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
    const participants = draft.participants.split('\n').map((line) => line.trim()).filter(Boolean)
    create.mutate(
      {
        type: draft.type,
        startsAt: new Date(`${draft.date}T${draft.time}`).toISOString(),
        place: draft.place.trim(),
        chairName: draft.chairName.trim(),
        secretaryName: draft.secretaryName.trim(),
        organisationIds: draft.organisationIds,
        participants,
      },
      { onSuccess: (meeting) => void navigate(`/meetings/${meeting.id}`) },
    )
  }

  return (
    <Column gap="large">
      <div>
        <Heading level={1} className="ams-mb-s">{t('meetings.create.title')}</Heading>
        <Paragraph>{t('meetings.create.intro')}</Paragraph>
      </div>
      <form onSubmit={submit} noValidate aria-labelledby="new-meeting-heading">
        <Heading level={2} id="new-meeting-heading" className="ams-visually-hidden">{t('meetings.create.title')}</Heading>
        <ProblemAlert error={create.error} />
        <SelectField id="type" label={t('meetings.fields.type')} value={draft.type} required error={errors.type}
          onChange={(value) => set({ type: value as MeetingType })}>
          {MEETING_TYPES.map((type) => (
            <Select.Option key={type} value={type}>{t(`meetings.type.${type}`)}</Select.Option>
          ))}
        </SelectField>
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
        <Button type="submit" disabled={create.isPending}>{t('meetings.create.submit')}</Button>
      </form>
    </Column>
  )
}
