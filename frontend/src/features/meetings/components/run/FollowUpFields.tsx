import { ErrorMessage, FieldSet, Paragraph, Select } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { DateField, SelectField, TextField } from '../../../../components/fields'
import type { OrganisationBrief } from '../../api/meetingTypes'
import { fieldId } from '../vocabulary'
import type { FollowUp } from './decisionBody'

type Props = {
  readonly organisations: readonly OrganisationBrief[]
  readonly value: FollowUp
  /** Keyed by invalidParams path: "followUp" for the whole, "followUp.text" (or the service's bare "text") per field. */
  readonly errors: Readonly<Record<string, string | undefined>>
  readonly onChange: (patch: Partial<FollowUp>) => void
}

/** Asking for more information is never open-ended: who gathers what, for which organisation, by when. */
export function FollowUpFields({ organisations, value, errors, onChange }: Props) {
  const { t } = useTranslation()
  const id = fieldId('followUp')
  const error = errors.followUp
  const fieldError = (name: keyof FollowUp) => errors[`followUp.${name}`] ?? errors[name]
  return (
    <FieldSet legend={t('meetings.decision.followUp.legend')} id={id} invalid={Boolean(error)}
      aria-describedby={error ? `${id}-intro ${id}-error` : `${id}-intro`} className="ams-mb-m">
      <Paragraph id={`${id}-intro`} size="small" className="ams-mb-s">{t('meetings.decision.followUp.intro')}</Paragraph>
      {error && <ErrorMessage id={`${id}-error`} prefix={t('form.errorPrefix')}>{error}</ErrorMessage>}
      <TextField id={fieldId('followUp.text')} label={t('meetings.decision.followUp.text')} required value={value.text}
        error={fieldError('text')} onChange={(text) => onChange({ text })} />
      <TextField id={fieldId('followUp.ownerName')} label={t('meetings.actionItem.owner')} required value={value.ownerName}
        error={fieldError('ownerName')} onChange={(ownerName) => onChange({ ownerName })} />
      <SelectField id={fieldId('followUp.organisationId')} label={t('meetings.actionItem.organisation')} required
        value={value.organisationId} error={fieldError('organisationId')}
        onChange={(organisationId) => onChange({ organisationId })}>
        <Select.Option value="">{t('form.choose')}</Select.Option>
        {organisations.map((organisation) => (
          <Select.Option key={organisation.id} value={organisation.id}>{organisation.name}</Select.Option>
        ))}
      </SelectField>
      <DateField id={fieldId('followUp.dueOn')} label={t('meetings.actionItem.dueOn')} required value={value.dueOn}
        error={fieldError('dueOn')} onChange={(dueOn) => onChange({ dueOn })} />
    </FieldSet>
  )
}
