import { Button, FieldSet, Paragraph, Select } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { DateField, SelectField, TextAreaField, TextField } from '../../../../components/fields'
import { GOAL_STATUSES } from '../../api/planTypes'
import { emptyGoal, type GoalDraft } from './draft'

type Props = {
  readonly goals: GoalDraft[]
  readonly onChange: (goals: GoalDraft[]) => void
  readonly errors: Record<string, string>
}

/** Goals, phrased positively; new ones get an id at once so actions can link to them before saving. */
export function GoalsEditor({ goals, onChange, errors }: Props) {
  const { t } = useTranslation()
  const update = (index: number, patch: Partial<GoalDraft>) =>
    onChange(goals.map((goal, i) => (i === index ? { ...goal, ...patch } : goal)))
  return (
    <div>
      <Paragraph size="small" className="ams-mb-s">
        {t('plans.editor.goalsHint')}
      </Paragraph>
      {errors.goals && <Paragraph className="ams-mb-s">{errors.goals}</Paragraph>}
      {goals.length === 0 && <Paragraph className="ams-mb-s">{t('plans.editor.noGoals')}</Paragraph>}
      {goals.map((goal, index) => {
        const field = (name: string) => `goals.${index}.${name}`
        const legend = t('plans.editor.goal', { number: index + 1 })
        return (
          <FieldSet key={goal.id} legend={legend} className="ams-mb-m">
            <TextAreaField id={`goal-${index}-text`} label={t('plans.fields.goalText')} rows={2} value={goal.text} required
              onChange={(text) => update(index, { text })} error={errors[field('text')]} />
            <DateField id={`goal-${index}-target`} label={t('plans.fields.targetOn')} value={goal.targetOn} required
              onChange={(targetOn) => update(index, { targetOn })} error={errors[field('targetOn')]} />
            <TextField id={`goal-${index}-indicators`} label={t('plans.fields.indicatorCodes')} hint={t('plans.form.commaHint')}
              value={goal.indicatorCodes} onChange={(indicatorCodes) => update(index, { indicatorCodes })}
              error={errors[field('indicatorCodes')]} />
            <SelectField id={`goal-${index}-status`} label={t('plans.fields.status')} value={goal.status} error={errors[field('status')]}
              onChange={(value) => update(index, { status: GOAL_STATUSES.find((status) => status === value) ?? goal.status })}>
              {GOAL_STATUSES.map((status) => (
                <Select.Option key={status} value={status}>
                  {t(`plans.goalStatus.${status}`)}
                </Select.Option>
              ))}
            </SelectField>
            <TextAreaField id={`goal-${index}-note`} label={t('plans.fields.note')} optional rows={2} value={goal.note}
              onChange={(note) => update(index, { note })} error={errors[field('note')]} />
            <Button variant="tertiary" type="button" onClick={() => onChange(goals.filter((_, i) => i !== index))}>
              {`${t('plans.editor.remove')}: ${legend}`}
            </Button>
          </FieldSet>
        )
      })}
      <Button variant="secondary" type="button" onClick={() => onChange([...goals, emptyGoal()])}>
        {t('plans.editor.addGoal')}
      </Button>
    </div>
  )
}
