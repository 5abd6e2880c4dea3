import { Button, Checkbox, ErrorMessage, FieldSet, Heading, Paragraph, Select } from '@amsterdam/design-system-react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { DateField, SelectField, TextAreaField, TextField } from '../../../../components/fields'
import { ACTION_STATUSES, STATUSES_NEEDING_REASON, type LocalText } from '../../api/planTypes'
import { useLocal } from '../vocabulary'
import { emptyAction, type ActionDraft, type GoalDraft } from './draft'

export type Option = { readonly id: string; readonly name: string }
export type InterventionOption = { readonly id: string; readonly code: string; readonly name: LocalText }

type Props = {
  readonly actions: ActionDraft[]
  readonly goals: readonly GoalDraft[]
  readonly organisations: readonly Option[]
  readonly interventions: readonly InterventionOption[]
  readonly onChange: (actions: ActionDraft[]) => void
  readonly errors: Record<string, string>
  /** The row just added from a suggestion: its first empty field gets focus. */
  readonly focusKey?: string
}

export function ActionsEditor({ actions, onChange, errors, focusKey, ...choices }: Props) {
  const { t } = useTranslation()
  const update = (index: number, patch: Partial<ActionDraft>) =>
    onChange(actions.map((action, i) => (i === index ? { ...action, ...patch } : action)))

  useEffect(() => {
    const index = actions.findIndex((action) => action.key === focusKey)
    if (index >= 0) document.getElementById(`action-${index}-organisation`)?.focus()
    // Only when a new row is asked for, not on every keystroke: `actions` is read, not watched.
  }, [focusKey])

  return (
    <section aria-labelledby="editor-actions-heading">
      <Heading level={2} id="editor-actions-heading" className="ams-mb-s">
        {t('plans.sections.actions')}
      </Heading>
      {actions.length === 0 && <Paragraph className="ams-mb-s">{t('plans.editor.noActions')}</Paragraph>}
      {actions.map((action, index) => (
        <ActionRow key={action.key} index={index} action={action} errors={errors} {...choices}
          onChange={(patch) => update(index, patch)} onRemove={() => onChange(actions.filter((_, i) => i !== index))} />
      ))}
      <Button variant="secondary" type="button" onClick={() => onChange([...actions, emptyAction()])}>
        {t('plans.editor.addAction')}
      </Button>
    </section>
  )
}

type RowProps = Omit<Props, 'actions' | 'onChange' | 'focusKey'> & {
  readonly index: number
  readonly action: ActionDraft
  readonly onChange: (patch: Partial<ActionDraft>) => void
  readonly onRemove: () => void
}

function ActionRow({ index, action, goals, organisations, interventions, errors, onChange, onRemove }: RowProps) {
  const { t } = useTranslation()
  const local = useLocal()
  const field = (name: string) => errors[`actions.${index}.${name}`]
  const id = (name: string) => `action-${index}-${name}`
  const legend = t('plans.editor.action', { number: index + 1 })
  const interventionOptions = [...interventions]
  if (action.interventionId && !interventions.some((item) => item.id === action.interventionId)) {
    interventionOptions.push({ id: action.interventionId, code: '', name: action.interventionName ?? { nl: action.interventionId, en: action.interventionId } })
  }
  const organisationOptions = [...organisations]
  if (action.responsibleOrganisationId && !organisations.some((item) => item.id === action.responsibleOrganisationId)) {
    organisationOptions.push({ id: action.responsibleOrganisationId, name: action.responsibleOrganisationName || action.responsibleOrganisationId })
  }
  const needsReason = STATUSES_NEEDING_REASON.includes(action.status)
  const goalsError = field('goalIds')

  return (
    <FieldSet legend={legend} className="ams-mb-m casusregie-plan-action">
      <SelectField id={id('intervention')} label={t('plans.editor.intervention')} value={action.interventionId}
        error={field('interventionId')}
        onChange={(interventionId) => onChange({ interventionId, interventionName: interventionOptions.find((o) => o.id === interventionId)?.name ?? null })}>
        <Select.Option value="">{t('plans.editor.noIntervention')}</Select.Option>
        {interventionOptions.map((item) => (
          <Select.Option key={item.id} value={item.id}>
            {item.code ? `${item.code} ${local(item.name)}` : local(item.name)}
          </Select.Option>
        ))}
      </SelectField>
      {!action.interventionId && (
        <TextField id={id('title')} label={t('plans.fields.customTitle')} value={action.customTitle} required
          onChange={(customTitle) => onChange({ customTitle })} error={field('customTitle')} />
      )}
      <SelectField id={id('organisation')} label={t('plans.fields.responsibleOrganisation')} hint={t('plans.editor.organisationHint')}
        required value={action.responsibleOrganisationId} error={field('responsibleOrganisationId')}
        onChange={(responsibleOrganisationId) => onChange({ responsibleOrganisationId })}>
        <Select.Option value="">{t('plans.editor.choose')}</Select.Option>
        {organisationOptions.map((item) => (
          <Select.Option key={item.id} value={item.id}>
            {item.name}
          </Select.Option>
        ))}
      </SelectField>
      <TextField id={id('owner')} label={t('plans.fields.owner')} value={action.ownerName} required
        onChange={(ownerName) => onChange({ ownerName })} error={field('ownerName')} />
      <DateField id={id('start')} label={t('plans.fields.startOn')} value={action.startOn} required
        onChange={(startOn) => onChange({ startOn })} error={field('startOn')} />
      <DateField id={id('due')} label={t('plans.fields.dueOn')} value={action.dueOn} required
        onChange={(dueOn) => onChange({ dueOn })} error={field('dueOn')} />
      <SelectField id={id('status')} label={t('plans.fields.status')} value={action.status} error={field('status')}
        onChange={(value) => onChange({ status: ACTION_STATUSES.find((status) => status === value) ?? action.status })}>
        {ACTION_STATUSES.map((status) => (
          <Select.Option key={status} value={status}>
            {t(`plans.actionStatus.${status}`)}
          </Select.Option>
        ))}
      </SelectField>
      <TextAreaField id={id('reason')} label={t('plans.fields.reason')} rows={2} value={action.statusReason}
        required={needsReason} optional={!needsReason} onChange={(statusReason) => onChange({ statusReason })} error={field('statusReason')} />
      <FieldSet legend={t('plans.fields.goals')} inFieldSet invalid={Boolean(goalsError)} className="ams-mb-m"
        aria-describedby={goalsError ? `${id('goals')}-error` : undefined}>
        {goalsError && (
          <ErrorMessage id={`${id('goals')}-error`} prefix={t('form.errorPrefix')}>
            {goalsError}
          </ErrorMessage>
        )}
        {goals.length === 0 && <Paragraph size="small">{t('plans.editor.noGoals')}</Paragraph>}
        {goals.map((goal, goalIndex) => (
          <Checkbox key={goal.id} checked={action.goalIds.includes(goal.id)}
            onChange={(event) => onChange({
              goalIds: event.target.checked ? [...action.goalIds, goal.id] : action.goalIds.filter((goalId) => goalId !== goal.id),
            })}>
            {goal.text || t('plans.editor.unnamedGoal', { number: goalIndex + 1 })}
          </Checkbox>
        ))}
      </FieldSet>
      <TextField id={id('external')} label={t('plans.fields.externalReference')} optional value={action.externalReference}
        onChange={(externalReference) => onChange({ externalReference })} error={field('externalReference')} />
      <Button variant="tertiary" type="button" onClick={onRemove}>
        {`${t('plans.editor.remove')}: ${legend}`}
      </Button>
    </FieldSet>
  )
}
