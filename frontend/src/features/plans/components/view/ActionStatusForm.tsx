import { Button, Paragraph, Select } from '@amsterdam/design-system-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField, TextAreaField } from '../../../../components/fields'
import { ProblemAlert } from '../../../../components/ProblemAlert'
import { useReportActionStatus } from '../../api/reportActionStatus'
import { ACTION_STATUSES, STATUSES_NEEDING_REASON, type Action, type ActionStatus } from '../../api/planTypes'
import { pathErrors } from '../vocabulary'

type Props = { readonly planId: string; readonly action: Action; readonly title: string }

/** A small form to report an action's status on the plan in force; stalled and cancelled need a reason. */
export function ActionStatusForm({ planId, action, title }: Props) {
  const { t } = useTranslation()
  const mutation = useReportActionStatus()
  const [status, setStatus] = useState<ActionStatus>(action.status)
  const [reason, setReason] = useState('')
  const [localError, setLocalError] = useState<string>()
  const [saved, setSaved] = useState(false)
  const errors = pathErrors(mutation.error)
  const needsReason = STATUSES_NEEDING_REASON.includes(status)
  const id = `action-${action.id}-status`

  function submit(event: FormEvent) {
    event.preventDefault()
    setSaved(false)
    if (needsReason && !reason.trim()) {
      setLocalError(t('plans.errors.reasonRequired'))
      return
    }
    setLocalError(undefined)
    const report = reason.trim() ? { status, reason: reason.trim() } : { status }
    mutation.mutate({ planId, actionId: action.id, report }, {
      onSuccess: () => {
        setReason('')
        setSaved(true)
      },
    })
  }

  const fieldErrors = errors.status || errors.reason
  return (
    <form aria-label={t('plans.status.formLabel', { title })} onSubmit={submit} noValidate className="casusregie-no-print">
      {mutation.isError && !fieldErrors && <ProblemAlert error={mutation.error} headingLevel={4} />}
      <SelectField id={`${id}-value`} label={t('plans.status.newStatus')} value={status} error={errors.status}
        onChange={(value) => setStatus(ACTION_STATUSES.find((item) => item === value) ?? status)}>
        {ACTION_STATUSES.map((item) => (
          <Select.Option key={item} value={item}>
            {t(`plans.actionStatus.${item}`)}
          </Select.Option>
        ))}
      </SelectField>
      <TextAreaField id={`${id}-reason`} label={t('plans.fields.reason')} rows={2} value={reason} onChange={setReason}
        required={needsReason} hint={t('plans.status.reasonHint')} error={localError ?? errors.reason} />
      <Button type="submit" variant="secondary" disabled={mutation.isPending}>
        {t('plans.status.save')}
      </Button>
      <Paragraph role="status" size="small">
        {saved ? t('plans.status.saved') : ''}
      </Paragraph>
    </form>
  )
}
