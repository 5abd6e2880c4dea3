import { Alert, Button, Column, ErrorMessage, FieldSet, Paragraph, Radio, Row, Select } from '@amsterdam/design-system-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { SelectField, TextAreaField, TextField } from '../../../components/fields'
import { hasErrors, serverFieldErrors, type FieldErrors } from '../../../components/formErrors'
import { FormDialog } from '../../../components/FormDialog'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { isOneOf, TRANSITION_NAMES } from '../../../lib/api/enums'
import { ApiError, isApiError } from '../../../lib/api/problem'
import type { CaseDetail, NextTransition } from '../../../lib/api/types'
import { useTransitionCase } from '../api/transitionCase'

export const REASON_MAX = 2000

/** The transitions a 409 says are possible now (an extra member of the problem document). */
export function allowedTransitionsOf(error: unknown): string[] | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null
  const allowed: unknown = (error.problem as Record<string, unknown>).allowedTransitions
  return Array.isArray(allowed) ? allowed.filter((item): item is string => typeof item === 'string') : null
}

function useTransitionText() {
  const { t } = useTranslation()
  return (transition: Pick<NextTransition, 'name' | 'toStatus'>) =>
    transition.toStatus
      ? t('transition.optionLabel', {
          transition: t(`enums.transition.${transition.name}`),
          status: t(`enums.caseStatus.${transition.toStatus}`),
        })
      : t('transition.optionLabelNewCase', { transition: t(`enums.transition.${transition.name}`) })
}

/** Moves the case on: only the steps the server offers now, always with a reason. */
export function TransitionDialog({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const move = useTransitionCase()
  const label = useTransitionText()
  const options = detail.nextPossibleTransitions
  const [name, setName] = useState(options.length === 1 ? options[0].name : '')
  const [reason, setReason] = useState('')
  const [closureReason, setClosureReason] = useState('')
  const [decisionReference, setDecisionReference] = useState('')
  const [local, setLocal] = useState<FieldErrors>({})
  const errors = { ...serverFieldErrors(move.error), ...local }
  const chosen = options.find((option) => option.name === name)
  const allowed = allowedTransitionsOf(move.error)
  const formId = 'case-transition-form'

  function submit(event: FormEvent) {
    event.preventDefault()
    const needsReason = chosen && chosen.closureReasons.length > 1
    const found: FieldErrors = {
      transition: chosen ? undefined : t('transition.transitionRequired'),
      reason: !reason.trim()
        ? t('transition.reasonRequired')
        : reason.trim().length > REASON_MAX
          ? t('form.tooLong', { count: REASON_MAX })
          : undefined,
      closureReason: needsReason && !closureReason ? t('transition.closureReasonRequired') : undefined,
    }
    setLocal(found)
    if (hasErrors(found) || !chosen) return
    const implied = chosen.closureReasons.length === 1 ? chosen.closureReasons[0] : undefined
    const reasonForClosure = chosen.closureReasons.find((r) => r === closureReason) ?? implied
    move.mutate(
      {
        caseId: detail.id,
        body: {
          transition: chosen.name,
          reason: reason.trim(),
          ...(reasonForClosure ? { closureReason: reasonForClosure } : {}),
          ...(decisionReference.trim() ? { decisionReference: decisionReference.trim() } : {}),
        },
      },
      {
        onSuccess: (result) => {
          onClose()
          // "reopen" answers with the new case.
          if (result.id !== detail.id) void navigate(`/cases/${result.id}`)
        },
      },
    )
  }

  const allowedNames = (allowed ?? []).map((item) => (isOneOf(TRANSITION_NAMES, item) ? t(`enums.transition.${item}`) : item))

  return (
    <FormDialog heading={t('transition.heading', { reference: detail.reference })} onClose={onClose}
      footer={
        <Row wrap>
          <Button type="submit" form={formId} disabled={move.isPending || options.length === 0}>
            {t('transition.submit')}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Row>
      }>
      <form id={formId} onSubmit={submit} noValidate>
        <Column>
          <Paragraph>
            {t('transition.current', { status: t(`enums.caseStatus.${detail.status}`) })}
          </Paragraph>
          {allowed !== null && (
            <Alert heading={t('transition.notAllowedHeading')} headingLevel={2} severity="warning" role="alert">
              <Paragraph>
                {allowedNames.length
                  ? t('transition.notAllowed', { allowed: allowedNames.join(', ') })
                  : t('transition.notAllowedNone')}
              </Paragraph>
            </Alert>
          )}
          {!isApiError(move.error, 409) && <ProblemAlert error={move.error} />}
          {options.length === 0 ? (
            <Paragraph>{t('transition.none')}</Paragraph>
          ) : (
            <FieldSet legend={t('transition.choose')} invalid={Boolean(errors.transition)}
              aria-describedby={errors.transition ? 'case-transition-error' : undefined}>
              {errors.transition && (
                <ErrorMessage id="case-transition-error" prefix={t('form.errorPrefix')}>
                  {errors.transition}
                </ErrorMessage>
              )}
              <Column gap="x-small">
                {options.map((option) => (
                  <Radio key={option.name} name="case-transition" value={option.name} checked={name === option.name}
                    invalid={Boolean(errors.transition)}
                    onChange={() => {
                      setName(option.name)
                      setClosureReason('')
                    }}>
                    {label(option)}
                  </Radio>
                ))}
              </Column>
            </FieldSet>
          )}
          {chosen && chosen.closureReasons.length > 1 && (
            <SelectField id="case-transition-closure-reason" label={t('transition.closureReason')} required
              value={closureReason} onChange={setClosureReason} error={errors.closureReason}>
              <Select.Option value="">{t('form.choose')}</Select.Option>
              {chosen.closureReasons.map((r) => (
                <Select.Option key={r} value={r}>{t(`enums.closureReason.${r}`)}</Select.Option>
              ))}
            </SelectField>
          )}
          {chosen && chosen.closureReasons.length === 1 && (
            <Paragraph>
              {t('transition.impliedClosureReason', { reason: t(`enums.closureReason.${chosen.closureReasons[0]}`) })}
            </Paragraph>
          )}
          <div>
            <TextAreaField id="case-transition-reason" label={t('transition.reason')} required maxLength={REASON_MAX}
              hint={t('transition.reasonHint')} value={reason} onChange={setReason} error={errors.reason} />
            <TextField id="case-transition-decision" label={t('transition.decisionReference')} optional
              value={decisionReference} onChange={setDecisionReference} error={errors.decisionReference} />
          </div>
        </Column>
      </form>
    </FormDialog>
  )
}
