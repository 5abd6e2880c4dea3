import { Badge, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../../lib/i18n/format'
import type { MinuteNote } from '../api/meetingTypes'

/** The minutes of one agenda item, each with who may read it. */
export function NoteList({ notes }: { readonly notes: readonly MinuteNote[] }) {
  const { t } = useTranslation()
  const format = useFormat()
  if (notes.length === 0) return <Paragraph>{t('meetings.item.noNotes')}</Paragraph>
  return (
    <ul className="casusregie-plain-list">
      {notes.map((note) => (
        <li key={note.id} className="ams-mb-s">
          <Paragraph className="casusregie-pre-line">{note.text}</Paragraph>
          <Paragraph size="small">
            <Badge color="purple" label={t(`enums.journalVisibility.${note.visibility}`)} />{' '}
            {[note.organisationName, t('meetings.item.by', { name: note.byName, date: format.dateTime(note.at) })]
              .filter(Boolean)
              .join(' – ')}
          </Paragraph>
        </li>
      ))}
    </ul>
  )
}
