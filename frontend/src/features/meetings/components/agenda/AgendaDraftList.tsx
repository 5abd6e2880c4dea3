import { Button, ErrorMessage, FieldSet, Paragraph, Row } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { TextAreaField } from '../../../../components/fields'
import { fieldId } from '../vocabulary'
import type { DraftItem } from './draft'

type Props = {
  readonly items: readonly DraftItem[]
  /** invalidParams by path: items.<index>.<field>. */
  readonly errors: Readonly<Record<string, string>>
  readonly onMove: (index: number, step: -1 | 1) => void
  readonly onRemove: (index: number) => void
  readonly onNote: (index: number, note: string) => void
}

/** The agenda being built: each item with its reason and note, to move up or down or remove. */
export function AgendaDraftList({ items, errors, onMove, onRemove, onNote }: Props) {
  const { t } = useTranslation()
  if (items.length === 0) return <Paragraph>{t('meetings.detail.emptyAgenda')}</Paragraph>
  return (
    <ol className="casusregie-plain-list">
      {items.map((item, index) => {
        const name = `${item.caseReference} – ${item.personName}`
        const itemError = errors[`items.${index}.caseId`] ?? errors[`items.${index}.reason`] ?? errors[`items.${index}`]
        const errorId = fieldId(`items.${index}-error`)
        return (
          <li key={item.key} className="casusregie-plan-action ams-mb-m">
            <FieldSet legend={`${index + 1}. ${name}`} invalid={Boolean(itemError)}
              aria-describedby={itemError ? errorId : undefined}>
              {itemError && <ErrorMessage id={errorId} prefix={t('form.errorPrefix')}>{itemError}</ErrorMessage>}
              <Paragraph className="ams-mb-s">{t('meetings.item.reason', { reason: t(`meetings.reason.${item.reason}`) })}</Paragraph>
              <TextAreaField id={fieldId(`items.${index}.note`)} label={t('meetings.agenda.note')} optional rows={2}
                value={item.note} error={errors[`items.${index}.note`]} onChange={(note) => onNote(index, note)} />
              <Row wrap>
                <Button variant="secondary" disabled={index === 0} onClick={() => onMove(index, -1)}
                  aria-label={t('meetings.agenda.moveUpFor', { name })}>
                  {t('meetings.agenda.moveUp')}
                </Button>
                <Button variant="secondary" disabled={index === items.length - 1} onClick={() => onMove(index, 1)}
                  aria-label={t('meetings.agenda.moveDownFor', { name })}>
                  {t('meetings.agenda.moveDown')}
                </Button>
                <Button variant="tertiary" onClick={() => onRemove(index)} aria-label={t('meetings.agenda.removeFor', { name })}>
                  {t('meetings.agenda.remove')}
                </Button>
              </Row>
            </FieldSet>
          </li>
        )
      })}
    </ol>
  )
}
