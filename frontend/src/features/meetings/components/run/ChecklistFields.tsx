import { FieldSet } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import type { Answer, ChecklistItem } from '../../api/meetingTypes'
import { ANSWERS, useLocal } from '../vocabulary'
import { ChoiceGroup } from './ChoiceGroup'

type Props = {
  readonly legend: string
  readonly items: readonly ChecklistItem[]
  readonly answers: Readonly<Record<string, Answer>>
  readonly errors: Readonly<Record<string, string>>
  readonly onAnswer: (code: string, answer: Answer) => void
}

/** A checklist (weighing, de-escalation, closing): every item answered yes / no / unknown, grouped as the server groups them. */
export function ChecklistFields({ legend, items, answers, errors, onAnswer }: Props) {
  const { t } = useTranslation()
  const local = useLocal()
  const groups: string[] = []
  for (const item of items) if (!groups.includes(item.group)) groups.push(item.group)
  return (
    <FieldSet legend={legend} className="ams-mb-m">
      {groups.map((group) => (
        <FieldSet key={group} inFieldSet className="ams-mb-s"
          legend={t(`meetings.checklistGroup.${group}` as 'meetings.checklistGroup.subject', { defaultValue: group })}>
          {items
            .filter((item) => item.group === group)
            .map((item) => (
              <ChoiceGroup key={item.code} path={`checklist.${item.code}`} legend={`${item.code} ${local(item.text)}`}
                options={ANSWERS} label={(answer) => t(`meetings.answer.${answer}`)} value={answers[item.code]}
                error={errors[`checklist.${item.code}`]} onChange={(answer) => onAnswer(item.code, answer)} />
            ))}
        </FieldSet>
      ))}
    </FieldSet>
  )
}
