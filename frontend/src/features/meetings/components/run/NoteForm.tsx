import { Button, Heading, Select } from '@amsterdam/design-system-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField, TextAreaField } from '../../../../components/fields'
import { serverFieldErrors } from '../../../../components/formErrors'
import { ProblemAlert } from '../../../../components/ProblemAlert'
import { useAddNote } from '../../api/addNote'
import type { Visibility } from '../../api/meetingTypes'
import { VISIBILITIES } from '../vocabulary'

type Props = { readonly meetingId: string; readonly itemId: string }

/** Minutes for the current item, with who may read them. */
export function NoteForm({ meetingId, itemId }: Props) {
  const { t } = useTranslation()
  const add = useAddNote()
  const [text, setText] = useState('')
  const [visibility, setVisibility] = useState<Visibility>('case_team')
  const [missing, setMissing] = useState(false)
  const errors = serverFieldErrors(add.error)

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!text.trim()) {
      setMissing(true)
      return
    }
    add.mutate({ meetingId, itemId, note: { text: text.trim(), visibility } }, { onSuccess: () => setText('') })
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="note-heading">
      <Heading level={3} id="note-heading" className="ams-mb-s">{t('meetings.note.heading')}</Heading>
      <ProblemAlert error={add.error} headingLevel={4} />
      <TextAreaField id="note-text" label={t('meetings.note.text')} required rows={3} value={text}
        error={missing && !text.trim() ? t('meetings.create.required') : errors.text} onChange={setText} />
      <SelectField id="note-visibility" label={t('meetings.note.visibility')} value={visibility} error={errors.visibility}
        onChange={(value) => setVisibility(value as Visibility)}>
        {VISIBILITIES.map((item) => (
          <Select.Option key={item} value={item}>{t(`enums.journalVisibility.${item}`)}</Select.Option>
        ))}
      </SelectField>
      <Button type="submit" variant="secondary" disabled={add.isPending}>{t('meetings.note.submit')}</Button>
    </form>
  )
}
