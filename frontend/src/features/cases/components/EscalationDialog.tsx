import { Button, Checkbox, Column, ErrorMessage, FieldSet, Paragraph, Row, Select } from '@amsterdam/design-system-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField, TextAreaField, TextField } from '../../../components/fields'
import { hasErrors, serverFieldErrors, type FieldErrors } from '../../../components/formErrors'
import { FormDialog } from '../../../components/FormDialog'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { DE_ESCALATION_CRITERIA, ESCALATION_LEVELS } from '../../../lib/api/enums'
import type { CaseDetail, DeEscalationCriterion } from '../../../lib/api/types'
import { useEscalateCase } from '../api/escalateCase'
import { useEscalationLevelLabel } from './EscalationLevelText'
import { REASON_MAX } from './TransitionDialog'

/** Raise or lower the escalation level; lowering it needs at least one de-escalation criterion. */
export function EscalationDialog({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation()
  const escalate = useEscalateCase()
  const levelLabel = useEscalationLevelLabel()
  const [level, setLevel] = useState('')
  const [reason, setReason] = useState('')
  const [decisionReference, setDecisionReference] = useState('')
  const [criteria, setCriteria] = useState<DeEscalationCriterion[]>([])
  const [local, setLocal] = useState<FieldErrors>({})
  const errors = { ...serverFieldErrors(escalate.error), ...local }
  const target = level === '' ? null : Number(level)
  const lowering = target !== null && target < detail.escalationLevel
  const formId = 'case-escalation-form'

  function toggle(criterion: DeEscalationCriterion, checked: boolean) {
    setCriteria((current) =>
      checked ? DE_ESCALATION_CRITERIA.filter((c) => c === criterion || current.includes(c)) : current.filter((c) => c !== criterion),
    )
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const found: FieldErrors = {
      level: target === null ? t('escalation.levelRequired') : undefined,
      reason: !reason.trim()
        ? t('escalation.reasonRequired')
        : reason.trim().length > REASON_MAX
          ? t('form.tooLong', { count: REASON_MAX })
          : undefined,
      criteria: lowering && criteria.length === 0 ? t('escalation.criteriaRequired') : undefined,
    }
    setLocal(found)
    if (hasErrors(found) || target === null) return
    escalate.mutate(
      {
        caseId: detail.id,
        body: {
          level: target,
          reason: reason.trim(),
          ...(decisionReference.trim() ? { decisionReference: decisionReference.trim() } : {}),
          ...(lowering ? { criteria } : {}),
        },
      },
      { onSuccess: onClose },
    )
  }

  return (
    <FormDialog heading={t('escalation.heading', { reference: detail.reference })} onClose={onClose}
      footer={
        <Row wrap>
          <Button type="submit" form={formId} disabled={escalate.isPending}>
            {t('escalation.submit')}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Row>
      }>
      <form id={formId} onSubmit={submit} noValidate>
        <Column>
          <Paragraph>{t('escalation.current', { level: levelLabel(detail.escalationLevel) })}</Paragraph>
          <ProblemAlert error={escalate.error} />
          <div>
            <SelectField id="case-escalation-level" label={t('escalation.newLevel')} required value={level}
              onChange={(value) => {
                setLevel(value)
                setCriteria([])
              }}
              error={errors.level}>
              <Select.Option value="">{t('form.choose')}</Select.Option>
              {ESCALATION_LEVELS.filter((l) => l !== detail.escalationLevel).map((l) => (
                <Select.Option key={l} value={String(l)}>{levelLabel(l)}</Select.Option>
              ))}
            </SelectField>
            {lowering && (
              <FieldSet legend={t('escalation.criteria')} hint={t('escalation.criteriaHint')}
                invalid={Boolean(errors.criteria)} aria-describedby={errors.criteria ? 'case-escalation-criteria-error' : undefined}
                className="ams-mb-m">
                {errors.criteria && (
                  <ErrorMessage id="case-escalation-criteria-error" prefix={t('form.errorPrefix')}>
                    {errors.criteria}
                  </ErrorMessage>
                )}
                <Column gap="x-small">
                  {DE_ESCALATION_CRITERIA.map((criterion) => (
                    <Checkbox key={criterion} name={`case-escalation-${criterion}`} checked={criteria.includes(criterion)}
                      invalid={Boolean(errors.criteria)} onChange={(event) => toggle(criterion, event.target.checked)}>
                      {t(`enums.deEscalationCriterion.${criterion}`)}
                    </Checkbox>
                  ))}
                </Column>
              </FieldSet>
            )}
            <TextAreaField id="case-escalation-reason" label={t('escalation.reason')} required maxLength={REASON_MAX}
              value={reason} onChange={setReason} error={errors.reason} />
            <TextField id="case-escalation-decision" label={t('escalation.decisionReference')} optional
              value={decisionReference} onChange={setDecisionReference} error={errors.decisionReference} />
          </div>
        </Column>
      </form>
    </FormDialog>
  )
}
