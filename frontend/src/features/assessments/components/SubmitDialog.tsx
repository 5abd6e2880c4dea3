import { Alert, Button, Column, ErrorMessage, FieldSet, Paragraph, Radio, Row, Select } from '@amsterdam/design-system-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField, TextAreaField } from '../../../components/fields'
import { hasErrors, mergeErrors, type FieldErrors } from '../../../components/formErrors'
import { FormDialog } from '../../../components/FormDialog'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { ApiError, isApiError } from '../../../lib/api/problem'
import { useSubmitAssessment } from '../api/submitAssessment'
import type { AssessmentDetail, ConcernLevel } from '../api/types'
import { CONCERN_LEVELS, isOneOf } from './vocabulary'

export type Organisation = { readonly id: string; readonly name: string }

type Props = {
  readonly assessment: AssessmentDetail
  readonly proposedLevel: ConcernLevel
  /** For a joint assessment: the organisations that must each state whether they agree. */
  readonly organisations: readonly Organisation[]
  /** Saves unsaved changes first; the version to submit against, or null when saving failed. */
  readonly prepare: () => Promise<number | null>
  readonly onSubmitted: (submitted: AssessmentDetail) => void
  readonly onClose: () => void
}

type AgreementDraft = { agrees: '' | 'yes' | 'no'; note: string }

function submitErrors(error: unknown): FieldErrors {
  return error instanceof ApiError && (error.status === 400 || error.status === 422) ? error.fieldErrors() : {}
}

/** Sets the final level: the proposal unless the assessors decide otherwise, and then they say why. */
export function SubmitDialog({ assessment, proposedLevel, organisations, prepare, onSubmitted, onClose }: Props) {
  const { t } = useTranslation()
  const submit = useSubmitAssessment()
  const [finalLevel, setFinalLevel] = useState<ConcernLevel>(proposedLevel)
  const [rationale, setRationale] = useState('')
  const [agreements, setAgreements] = useState<Record<string, AgreementDraft>>({})
  const [preparing, setPreparing] = useState(false)
  const [local, setLocal] = useState<FieldErrors>({})
  const joint = assessment.perspective === 'joint'
  const differs = finalLevel !== proposedLevel
  const errors = mergeErrors(submitErrors(submit.error), local)
  const formId = 'assessment-submit-form'

  const agreement = (id: string): AgreementDraft => agreements[id] ?? { agrees: '', note: '' }
  const setAgreement = (id: string, patch: Partial<AgreementDraft>) =>
    setAgreements((current) => ({ ...current, [id]: { ...(current[id] ?? { agrees: '', note: '' }), ...patch } }))

  async function confirm(event: FormEvent) {
    event.preventDefault()
    const found: FieldErrors = {
      rationale: differs && !rationale.trim() ? t('submit.rationaleRequired') : undefined,
      agreements:
        joint && organisations.some((organisation) => agreement(organisation.id).agrees === '')
          ? t('submit.agreementsRequired')
          : undefined,
    }
    setLocal(found)
    if (hasErrors(found)) return
    setPreparing(true)
    const version = await prepare()
    setPreparing(false)
    if (version === null) {
      onClose()
      return
    }
    submit.mutate(
      {
        assessmentId: assessment.id,
        version,
        body: {
          finalLevel,
          ...(rationale.trim() ? { rationale: rationale.trim() } : {}),
          ...(joint
            ? {
                agreements: organisations.map((organisation) => ({
                  organisationId: organisation.id,
                  agrees: agreement(organisation.id).agrees === 'yes',
                  note: agreement(organisation.id).note.trim(),
                })),
              }
            : {}),
        },
      },
      { onSuccess: onSubmitted },
    )
  }

  const busy = preparing || submit.isPending
  const agreementsErrorId = 'assessment-submit-agreements-error'
  return (
    <FormDialog heading={t('submit.heading')} onClose={onClose}
      footer={
        <Row wrap>
          <Button type="submit" form={formId} disabled={busy}>
            {t('submit.confirm')}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Row>
      }>
      <form id={formId} onSubmit={(event) => void confirm(event)} noValidate>
        <Column>
          <Paragraph>{t('submit.intro', { level: t(`enums.concernLevel.${proposedLevel}`) })}</Paragraph>
          {isApiError(submit.error, 409) && (
            <Alert heading={t('submit.alreadySubmittedHeading')} headingLevel={2} severity="warning" role="alert">
              <Paragraph>{t('submit.alreadySubmitted')}</Paragraph>
            </Alert>
          )}
          {isApiError(submit.error, 412) && (
            <Alert heading={t('conflict.heading')} headingLevel={2} severity="warning" role="alert">
              <Paragraph>{t('submit.conflict')}</Paragraph>
            </Alert>
          )}
          {!isApiError(submit.error, 409) && !isApiError(submit.error, 412) && <ProblemAlert error={submit.error} />}
          <div>
            <SelectField id="assessment-final-level" label={t('submit.finalLevel')} required value={finalLevel}
              onChange={(value) => isOneOf(CONCERN_LEVELS, value) && setFinalLevel(value)} error={errors.finalLevel}>
              {CONCERN_LEVELS.map((level) => (
                <Select.Option key={level} value={level}>
                  {level === proposedLevel
                    ? t('submit.levelProposed', { level: t(`enums.concernLevel.${level}`) })
                    : t(`enums.concernLevel.${level}`)}
                </Select.Option>
              ))}
            </SelectField>
            <TextAreaField id="assessment-rationale" label={t('submit.rationale')} required={differs}
              optional={!differs} hint={differs ? t('submit.rationaleHintDiffers') : undefined}
              rows={4} value={rationale} onChange={setRationale} error={errors.rationale} />
            {joint && (
              <FieldSet legend={t('submit.agreements')} hint={t('submit.agreementsHint')} invalid={Boolean(errors.agreements)}
                aria-describedby={errors.agreements ? agreementsErrorId : undefined} className="ams-mb-m">
                {errors.agreements && (
                  <ErrorMessage id={agreementsErrorId} prefix={t('form.errorPrefix')}>
                    {errors.agreements}
                  </ErrorMessage>
                )}
                <Column>
                  {organisations.map((organisation) => (
                    <FieldSet key={organisation.id} legend={organisation.name} inFieldSet>
                      <Row wrap gap="small">
                        <Radio name={`agreement-${organisation.id}`} value="yes" checked={agreement(organisation.id).agrees === 'yes'}
                          onChange={() => setAgreement(organisation.id, { agrees: 'yes' })}>
                          {t('submit.agrees')}
                        </Radio>
                        <Radio name={`agreement-${organisation.id}`} value="no" checked={agreement(organisation.id).agrees === 'no'}
                          onChange={() => setAgreement(organisation.id, { agrees: 'no' })}>
                          {t('submit.disagrees')}
                        </Radio>
                      </Row>
                      <TextAreaField id={`agreement-note-${organisation.id}`} label={t('submit.agreementNote', { organisation: organisation.name })}
                        optional rows={2} value={agreement(organisation.id).note}
                        onChange={(note) => setAgreement(organisation.id, { note })} />
                    </FieldSet>
                  ))}
                </Column>
              </FieldSet>
            )}
          </div>
        </Column>
      </form>
    </FormDialog>
  )
}
