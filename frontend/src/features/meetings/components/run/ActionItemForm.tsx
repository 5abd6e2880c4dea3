import { Button, Heading, Select } from '@amsterdam/design-system-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { DateField, SelectField, TextField } from '../../../../components/fields'
import { mergeErrors, serverFieldErrors, type FieldErrors } from '../../../../components/formErrors'
import { ProblemAlert } from '../../../../components/ProblemAlert'
import { useAddActionItem } from '../../api/addActionItem'
import type { OrganisationBrief } from '../../api/meetingTypes'

type Props = { readonly meetingId: string; readonly itemId: string; readonly organisations: readonly OrganisationBrief[] }

const EMPTY = { text: '', ownerName: '', organisationId: '', dueOn: '' }

/** An action item on the current case: what, who, which of the meeting's organisations, by when. */
export function ActionItemForm({ meetingId, itemId, organisations }: Props) {
  const { t } = useTranslation()
  const add = useAddActionItem()
  const [draft, setDraft] = useState(EMPTY)
  const [local, setLocal] = useState<FieldErrors>({})
  const errors = mergeErrors(serverFieldErrors(add.error), local)
  const set = (patch: Partial<typeof EMPTY>) => setDraft((current) => ({ ...current, ...patch }))

  function submit(event: FormEvent) {
    event.preventDefault()
    const required = t('meetings.create.required')
    const found: FieldErrors = {
      text: draft.text.trim() ? undefined : required,
      ownerName: draft.ownerName.trim() ? undefined : required,
      organisationId: draft.organisationId ? undefined : required,
      dueOn: draft.dueOn ? undefined : required,
    }
    setLocal(found)
    if (Object.values(found).some(Boolean)) return
    add.mutate(
      { meetingId, itemId, actionItem: { ...draft, text: draft.text.trim(), ownerName: draft.ownerName.trim() } },
      { onSuccess: () => setDraft(EMPTY) },
    )
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="action-item-heading">
      <Heading level={3} id="action-item-heading" className="ams-mb-s">{t('meetings.actionItem.heading')}</Heading>
      <ProblemAlert error={add.error} headingLevel={4} />
      <TextField id="action-text" label={t('meetings.actionItem.text')} required value={draft.text} error={errors.text}
        onChange={(text) => set({ text })} />
      <TextField id="action-owner" label={t('meetings.actionItem.owner')} required value={draft.ownerName}
        error={errors.ownerName} onChange={(ownerName) => set({ ownerName })} />
      <SelectField id="action-organisation" label={t('meetings.actionItem.organisation')} required
        value={draft.organisationId} error={errors.organisationId} onChange={(organisationId) => set({ organisationId })}>
        <Select.Option value="">{t('form.choose')}</Select.Option>
        {organisations.map((organisation) => (
          <Select.Option key={organisation.id} value={organisation.id}>{organisation.name}</Select.Option>
        ))}
      </SelectField>
      <DateField id="action-due" label={t('meetings.actionItem.dueOn')} required value={draft.dueOn} error={errors.dueOn}
        onChange={(dueOn) => set({ dueOn })} />
      <Button type="submit" variant="secondary" disabled={add.isPending}>{t('meetings.actionItem.submit')}</Button>
    </form>
  )
}
