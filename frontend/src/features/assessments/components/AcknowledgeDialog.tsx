import { Alert as AdsAlert, Button, Column, ErrorMessage, FieldSet, Paragraph, Radio, Row } from '@amsterdam/design-system-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { TextAreaField } from '../../../components/fields'
import { hasErrors, mergeErrors, type FieldErrors } from '../../../components/formErrors'
import { FormDialog } from '../../../components/FormDialog'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { ApiError, isApiError } from '../../../lib/api/problem'
import { useAcknowledgeAlert } from '../api/acknowledgeAlert'
import type { Alert, RoutedTo } from '../api/types'
import { ROUTED_TO } from './vocabulary'

const NOTE_MAX = 2000

function serverErrors(error: unknown): FieldErrors {
  return error instanceof ApiError && (error.status === 400 || error.status === 422) ? error.fieldErrors() : {}
}

/** Takes an acute alert up: where it went (police, prosecutor, ...) and what was agreed. */
export function AcknowledgeDialog({ alert, indicatorName, onAcknowledged, onClose }: {
  alert: Alert
  indicatorName: (code: string) => string
  /** After the server recorded it, before the dialog closes. */
  onAcknowledged?: (acknowledged: Alert) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const acknowledge = useAcknowledgeAlert()
  const [routedTo, setRoutedTo] = useState<RoutedTo | ''>('')
  const [note, setNote] = useState('')
  const [local, setLocal] = useState<FieldErrors>({})
  const errors = mergeErrors(serverErrors(acknowledge.error), local)
  const formId = 'alert-acknowledge-form'
  const routedToError = 'alert-routed-to-error'

  function submit(event: FormEvent) {
    event.preventDefault()
    const found: FieldErrors = {
      routedTo: routedTo ? undefined : t('alerts.routedToRequired'),
      // The server takes a note as optional; "other" says nothing without one.
      routingNote: routedTo === 'other' && !note.trim()
        ? t('alerts.routingNoteRequired')
        : note.trim().length > NOTE_MAX
          ? t('form.tooLong', { count: NOTE_MAX })
          : undefined,
    }
    setLocal(found)
    if (hasErrors(found) || !routedTo) return
    acknowledge.mutate(
      { alertId: alert.id, body: { routedTo, routingNote: note.trim() || null } },
      {
        onSuccess: (acknowledged) => {
          onAcknowledged?.(acknowledged)
          onClose()
        },
      },
    )
  }

  return (
    <FormDialog heading={t('alerts.dialogHeading')} onClose={onClose}
      footer={
        <Row wrap>
          <Button type="submit" form={formId} disabled={acknowledge.isPending || isApiError(acknowledge.error, 409)}>
            {t('alerts.confirm')}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {isApiError(acknowledge.error, 409) ? t('common.close') : t('common.cancel')}
          </Button>
        </Row>
      }>
      <form id={formId} onSubmit={submit} noValidate>
        <Column>
          <Paragraph>
            {t('alerts.dialogIntro', { codes: alert.indicatorCodes.map(indicatorName).join('; ') })}
          </Paragraph>
          {isApiError(acknowledge.error, 409) ? (
            <AdsAlert heading={t('alerts.alreadyHeading')} headingLevel={2} severity="warning" role="alert">
              <Paragraph>{t('alerts.already')}</Paragraph>
            </AdsAlert>
          ) : (
            <ProblemAlert error={acknowledge.error} />
          )}
          <div>
            <FieldSet legend={t('alerts.routedTo')} invalid={Boolean(errors.routedTo)}
              aria-describedby={errors.routedTo ? routedToError : undefined} className="ams-mb-m">
              {errors.routedTo && (
                <ErrorMessage id={routedToError} prefix={t('form.errorPrefix')}>
                  {errors.routedTo}
                </ErrorMessage>
              )}
              <Column gap="x-small">
                {ROUTED_TO.map((option) => (
                  <Radio key={option} name="alert-routed-to" value={option} checked={routedTo === option}
                    invalid={Boolean(errors.routedTo)} onChange={() => setRoutedTo(option)}>
                    {t(`enums.routedTo.${option}`)}
                  </Radio>
                ))}
              </Column>
            </FieldSet>
            <TextAreaField id="alert-routing-note" label={t('alerts.routingNote')} hint={t('alerts.routingNoteHint')}
              required={routedTo === 'other'}
              maxLength={NOTE_MAX} value={note} onChange={setNote} error={errors.routingNote} />
          </div>
        </Column>
      </form>
    </FormDialog>
  )
}
