import { Button, Paragraph, Row } from '@amsterdam/design-system-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { TextAreaField, TextField } from '../../../../components/fields'
import { FormDialog } from '../../../../components/FormDialog'
import { ProblemAlert } from '../../../../components/ProblemAlert'
import { useApprovePlan } from '../../api/approvePlan'
import type { Plan } from '../../api/planTypes'
import { pathErrors } from '../vocabulary'

/** The case conference's decision: approve the submitted version, with a note and the decision's reference. */
export function ApproveDialog({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useApprovePlan()
  const [note, setNote] = useState('')
  const [decisionReference, setDecisionReference] = useState('')
  const errors = pathErrors(mutation.error)
  const formId = 'plan-approve-form'

  function submit(event: FormEvent) {
    event.preventDefault()
    const body = { note: note.trim(), decisionReference: decisionReference.trim() || null }
    mutation.mutate({ planId: plan.id, body }, { onSuccess: onClose })
  }

  return (
    <FormDialog heading={t('plans.approval.approveHeading', { number: plan.number })} onClose={onClose}
      footer={
        <Row wrap>
          <Button type="submit" form={formId} disabled={mutation.isPending}>
            {t('plans.approval.approveConfirm')}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Row>
      }>
      <form id={formId} onSubmit={submit} noValidate>
        <Paragraph className="ams-mb-m">{t('plans.approval.approveText', { author: plan.author.name })}</Paragraph>
        {mutation.isError && !errors.note && !errors.decisionReference && <ProblemAlert error={mutation.error} headingLevel={3} />}
        <TextAreaField id="plan-approval-note" label={t('plans.fields.approvalNote')} optional rows={3} value={note}
          onChange={setNote} error={errors.note} />
        <TextField id="plan-decision-reference" label={t('plans.fields.decisionReference')} optional value={decisionReference}
          onChange={setDecisionReference} error={errors.decisionReference} />
      </form>
    </FormDialog>
  )
}
