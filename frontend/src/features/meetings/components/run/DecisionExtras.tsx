import { Select } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { SelectField } from '../../../../components/fields'
import { ProblemAlert } from '../../../../components/ProblemAlert'
import { useFormat } from '../../../../lib/i18n/format'
import { useRegisseurCandidates } from '../../api/listRegisseurCandidates'
import { useSubmittedPlans } from '../../api/listSubmittedPlans'
import type { DecisionType } from '../../api/meetingTypes'
import { CLOSURE_REASONS, CONCERN_LEVELS, fieldId, LEVELS } from '../vocabulary'

export type Extras = { level: string; concernLevel: string; closureReason: string; regisseurId: string; planId: string }

type Props = {
  readonly type: DecisionType
  readonly caseId: string
  readonly currentLevel: number
  readonly value: Extras
  readonly errors: Readonly<Record<string, string>>
  readonly onChange: (patch: Partial<Extras>) => void
}

/** The one field a decision type needs besides its checklist: target level, concern level, closure reason, regisseur or plan. */
export function DecisionExtras({ type, caseId, currentLevel, value, errors, onChange }: Props) {
  const { t } = useTranslation()
  const format = useFormat()
  const candidates = useRegisseurCandidates(caseId, type === 'assign_regisseur')
  const plans = useSubmittedPlans(caseId, type === 'approve_plan')
  const choose = <Select.Option value="">{t('form.choose')}</Select.Option>

  if (type === 'escalate' || type === 'de_escalate') {
    const levels = LEVELS.filter((level) => (type === 'escalate' ? level > currentLevel : level < currentLevel))
    return (
      <SelectField id={fieldId('level')} label={t('meetings.decision.level')} required value={value.level}
        hint={t('meetings.decision.currentLevel', { level: t(`enums.escalationLevel.${currentLevel as 0 | 1 | 2 | 3}`) })}
        error={errors.level} onChange={(level) => onChange({ level })}>
        {choose}
        {levels.map((level) => (
          <Select.Option key={level} value={String(level)}>{t(`enums.escalationLevel.${level}`)}</Select.Option>
        ))}
      </SelectField>
    )
  }
  if (type === 'agree_concern_level') {
    return (
      <SelectField id={fieldId('concernLevel')} label={t('meetings.decision.concernLevel')} required
        value={value.concernLevel} error={errors.concernLevel} onChange={(concernLevel) => onChange({ concernLevel })}>
        {choose}
        {CONCERN_LEVELS.map((level) => (
          <Select.Option key={level} value={level}>{t(`enums.concernLevel.${level}`)}</Select.Option>
        ))}
      </SelectField>
    )
  }
  if (type === 'close') {
    return (
      <SelectField id={fieldId('closureReason')} label={t('meetings.decision.closureReason')} required
        value={value.closureReason} error={errors.closureReason} onChange={(closureReason) => onChange({ closureReason })}>
        {choose}
        {CLOSURE_REASONS.map((reason) => (
          <Select.Option key={reason} value={reason}>{t(`enums.closureReason.${reason}`)}</Select.Option>
        ))}
      </SelectField>
    )
  }
  if (type === 'assign_regisseur') {
    return (
      <>
        <SelectField id={fieldId('regisseurId')} label={t('meetings.decision.regisseur')} required value={value.regisseurId}
          error={errors.regisseurId} onChange={(regisseurId) => onChange({ regisseurId })}>
          {choose}
          {candidates.data?.map((candidate) => (
            <Select.Option key={candidate.id} value={candidate.id}>
              {`${candidate.displayName} (${candidate.organisationName})`}
            </Select.Option>
          ))}
        </SelectField>
        <ProblemAlert error={candidates.error} headingLevel={4} />
      </>
    )
  }
  if (type === 'approve_plan') {
    return (
      <>
        <SelectField id={fieldId('planId')} label={t('meetings.decision.plan')} required value={value.planId}
          hint={plans.data && plans.data.length === 0 ? t('meetings.decision.noSubmittedPlan') : undefined}
          error={errors.planId} onChange={(planId) => onChange({ planId })}>
          {choose}
          {plans.data?.map((plan) => (
            <Select.Option key={plan.id} value={plan.id}>
              {t('meetings.decision.planVersion', { number: plan.number, date: format.date(plan.submittedAt) })}
            </Select.Option>
          ))}
        </SelectField>
        <ProblemAlert error={plans.error} headingLevel={4} />
      </>
    )
  }
  return null
}
