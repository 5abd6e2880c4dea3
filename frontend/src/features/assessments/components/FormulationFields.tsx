import { Button, Column, FieldSet, Heading, Paragraph, Select } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { SelectField, TextAreaField, TextField } from '../../../components/fields'
import type { FieldErrors } from '../../../components/formErrors'
import type { Formulation } from '../api/types'
import { fieldId, type ScenarioDraft } from './draft'
import { LIKELIHOODS } from './vocabulary'

const FORMULATION_FIELDS = ['drivers', 'inhibitors', 'destabilisers', 'protectiveAnchors'] as const
/** As many as the server accepts (domain/assessment/model.py MAX_SCENARIOS). */
const MAX_SCENARIOS = 10

export const EMPTY_SCENARIO: ScenarioDraft = { title: '', description: '', likelihood: '', warningSigns: '', indicatorCodes: '' }

/** The case formulation: what drives the person, what holds them back, what could destabilise, what anchors. */
export function FormulationFields({ value, onChange, errors }: {
  value: Formulation
  onChange: (patch: Partial<Formulation>) => void
  errors: FieldErrors
}) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="assessment-formulation-heading">
      <Heading level={2} id="assessment-formulation-heading" className="ams-mb-s">
        {t('assessment.formulation.heading')}
      </Heading>
      <Paragraph className="ams-mb-m">{t('assessment.formulation.intro')}</Paragraph>
      {FORMULATION_FIELDS.map((field) => (
        <TextAreaField key={field} id={fieldId(field)} label={t(`assessment.formulation.${field}`)}
          hint={t(`assessment.formulation.${field}Hint`)} rows={3} value={value[field]}
          onChange={(text) => onChange({ [field]: text })} error={errors[field]} />
      ))}
    </section>
  )
}

/** Scenarios: what could happen, how likely, which warning signs, which indicators. */
export function ScenarioFields({ value, onChange, errors }: {
  value: ScenarioDraft[]
  onChange: (scenarios: ScenarioDraft[]) => void
  errors: FieldErrors
}) {
  const { t } = useTranslation()
  const set = (index: number, patch: Partial<ScenarioDraft>) =>
    onChange(value.map((scenario, i) => (i === index ? { ...scenario, ...patch } : scenario)))
  return (
    <section aria-labelledby="assessment-scenarios-heading">
      <Heading level={2} id="assessment-scenarios-heading" className="ams-mb-s">
        {t('assessment.scenarios.heading')}
      </Heading>
      <Paragraph className="ams-mb-m">{t('assessment.scenarios.intro')}</Paragraph>
      <Column>
        {value.map((scenario, index) => {
          const id = (field: string) => fieldId(`scenarios.${index}.${field}`)
          const error = (field: string) => errors[`scenarios.${index}.${field}`]
          return (
            <FieldSet key={index} legend={t('assessment.scenarios.legend', { number: index + 1 })} className="casusregie-rating">
              <TextField id={id('title')} label={t('assessment.scenarios.title')} required value={scenario.title}
                onChange={(title) => set(index, { title })} error={error('title')} />
              <TextAreaField id={id('description')} label={t('assessment.scenarios.description')} optional rows={3}
                value={scenario.description} onChange={(description) => set(index, { description })} error={error('description')} />
              <SelectField id={id('likelihood')} label={t('assessment.scenarios.likelihood')} required value={scenario.likelihood}
                onChange={(likelihood) => set(index, { likelihood })} error={error('likelihood')}>
                <Select.Option value="">{t('form.choose')}</Select.Option>
                {LIKELIHOODS.map((likelihood) => (
                  <Select.Option key={likelihood} value={likelihood}>{t(`enums.likelihood.${likelihood}`)}</Select.Option>
                ))}
              </SelectField>
              <TextAreaField id={id('warningSigns')} label={t('assessment.scenarios.warningSigns')} optional rows={2}
                value={scenario.warningSigns} onChange={(warningSigns) => set(index, { warningSigns })} error={error('warningSigns')} />
              <TextField id={id('indicatorCodes')} label={t('assessment.scenarios.indicatorCodes')}
                hint={t('assessment.scenarios.indicatorCodesHint')} value={scenario.indicatorCodes}
                onChange={(indicatorCodes) => set(index, { indicatorCodes })} error={error('indicatorCodes')} />
              <Button variant="tertiary" onClick={() => onChange(value.filter((_, i) => i !== index))}>
                {t('assessment.scenarios.remove', { number: index + 1 })}
              </Button>
            </FieldSet>
          )
        })}
        {value.length < MAX_SCENARIOS && (
          <div>
            <Button variant="secondary" onClick={() => onChange([...value, EMPTY_SCENARIO])}>
              {t('assessment.scenarios.add')}
            </Button>
          </div>
        )}
      </Column>
    </section>
  )
}
