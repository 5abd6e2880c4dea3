import { Column, DescriptionList, FieldSet, Radio, Select } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { DateField, SelectField, TextAreaField } from '../../../components/fields'
import type { FieldErrors } from '../../../components/formErrors'
import { todayIso } from '../../../lib/i18n/format'
import type { Perspective } from '../api/types'
import { fieldId, type HeaderDraft } from './draft'
import { ASSESSMENT_TYPES, COMPLETENESS } from './vocabulary'

type Props = {
  readonly value: HeaderDraft
  readonly onChange: (patch: Partial<HeaderDraft>) => void
  readonly errors: FieldErrors
  /** Shown, not edited: the perspective is fixed when the assessment is started. */
  readonly perspective?: Perspective
  readonly organisationName?: string
}

/** Type, date, assessors and how complete the information was. */
export function HeaderFields({ value, onChange, errors, perspective, organisationName }: Props) {
  const { t } = useTranslation()
  return (
    <Column gap="none">
      {perspective && (
        <DescriptionList termsWidth="medium" className="ams-mb-m">
          <DescriptionList.Term>{t('assessment.perspective')}</DescriptionList.Term>
          <DescriptionList.Description>{t(`enums.perspective.${perspective}`)}</DescriptionList.Description>
          {organisationName && (
            <>
              <DescriptionList.Term>{t('assessment.organisation')}</DescriptionList.Term>
              <DescriptionList.Description>{organisationName}</DescriptionList.Description>
            </>
          )}
        </DescriptionList>
      )}
      <SelectField id={fieldId('type')} label={t('assessment.type')} required value={value.type}
        onChange={(type) => onChange({ type: type as HeaderDraft['type'] })} error={errors.type}>
        {ASSESSMENT_TYPES.map((type) => (
          <Select.Option key={type} value={type}>{t(`enums.assessmentType.${type}`)}</Select.Option>
        ))}
      </SelectField>
      <DateField id={fieldId('assessedOn')} label={t('assessment.assessedOn')} required max={todayIso()} value={value.assessedOn}
        onChange={(assessedOn) => onChange({ assessedOn })} error={errors.assessedOn} />
      <TextAreaField id={fieldId('assessors')} label={t('assessment.assessors')} hint={t('assessment.assessorsHint')} required
        rows={2} value={value.assessors} onChange={(assessors) => onChange({ assessors })} error={errors.assessors} />
      <FieldSet legend={t('assessment.informationCompleteness')} hint={t('assessment.informationCompletenessHint')}
        id={fieldId('informationCompleteness')} className="ams-mb-m">
        <Column gap="x-small">
          {COMPLETENESS.map((completeness) => (
            <Radio key={completeness} name={fieldId('informationCompleteness')} value={completeness}
              checked={value.informationCompleteness === completeness}
              onChange={() => onChange({ informationCompleteness: completeness })}>
              {t(`enums.completeness.${completeness}`)}
            </Radio>
          ))}
        </Column>
      </FieldSet>
    </Column>
  )
}
