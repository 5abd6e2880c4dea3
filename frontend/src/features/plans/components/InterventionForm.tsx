import { Button, Checkbox, Column, Heading, Paragraph, Row } from '@amsterdam/design-system-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { ConflictAlert } from '../../../components/ConflictAlert'
import { DateField, SelectField, TextAreaField, TextField } from '../../../components/fields'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { usePageTitle } from '../../../components/usePageTitle'
import { isApiError } from '../../../lib/api/problem'
import { useCreateIntervention } from '../api/createIntervention'
import { useIntervention } from '../api/getIntervention'
import { AVAILABILITIES, INTERVENTION_TYPES, type DimensionCode, type Intervention, type InterventionInput } from '../api/types'
import { useUpdateIntervention } from '../api/updateIntervention'
import { pathErrors } from './vocabulary'

type Form = {
  code: string; nameNl: string; nameEn: string; descriptionNl: string; descriptionEn: string; goalNl: string; goalEn: string
  type: string; voluntary: boolean; targetDimensions: string; targetIndicators: string; ageMin: string; ageMax: string
  ageNote: string; providerName: string; conditionsNl: string; conditionsEn: string; stepsNl: string; stepsEn: string
  contact: string; legalBasis: string; duration: string; availability: string; evidenceNote: string; sunsetOn: string
  informationalOnly: boolean
}

function toForm(item?: Intervention): Form {
  return {
    code: item?.code ?? '', nameNl: item?.name.nl ?? '', nameEn: item?.name.en ?? '',
    descriptionNl: item?.description.nl ?? '', descriptionEn: item?.description.en ?? '',
    goalNl: item?.goal.nl ?? '', goalEn: item?.goal.en ?? '', type: item?.type ?? 'care_welfare',
    voluntary: item?.voluntary ?? true, targetDimensions: item?.targetDimensions.join(', ') ?? '',
    targetIndicators: item?.targetIndicators.join(', ') ?? '', ageMin: item?.targetAge.min?.toString() ?? '',
    ageMax: item?.targetAge.max?.toString() ?? '', ageNote: item?.targetAge.note ?? '', providerName: item?.provider.name ?? '',
    conditionsNl: item?.conditions.nl ?? '', conditionsEn: item?.conditions.en ?? '',
    stepsNl: item?.processSteps.map((step) => step.nl).join('\n') ?? '', stepsEn: item?.processSteps.map((step) => step.en).join('\n') ?? '',
    contact: item?.contact ?? '', legalBasis: item?.legalBasis.nl ?? '', duration: item?.duration.nl ?? '',
    availability: item?.availability ?? 'available', evidenceNote: item?.evidenceNote.nl ?? '', sunsetOn: item?.sunsetOn ?? '',
    informationalOnly: item?.informationalOnly ?? false,
  }
}

const list = (value: string) => value.split(',').map((part) => part.trim()).filter(Boolean)
const lines = (value: string) => value.split('\n').map((part) => part.trim())
const number = (value: string) => (value.trim() === '' ? null : Number(value))

function toInput(form: Form, original?: Intervention): InterventionInput {
  const nl = lines(form.stepsNl)
  const en = lines(form.stepsEn)
  const steps = Array.from({ length: Math.max(nl.length, en.length) }, (_, i) => ({ nl: nl[i] ?? '', en: en[i] ?? '' }))
    .filter((step) => step.nl || step.en)
  return {
    code: form.code.trim(), name: { nl: form.nameNl, en: form.nameEn }, description: { nl: form.descriptionNl, en: form.descriptionEn },
    goal: { nl: form.goalNl, en: form.goalEn }, type: form.type as InterventionInput['type'], voluntary: form.voluntary,
    targetDimensions: list(form.targetDimensions) as DimensionCode[], targetIndicators: list(form.targetIndicators).map((code) => code.toUpperCase()),
    targetAge: { min: number(form.ageMin), max: number(form.ageMax), note: form.ageNote },
    provider: { organisationId: original?.provider.organisationId ?? null, name: form.providerName },
    conditions: { nl: form.conditionsNl, en: form.conditionsEn }, processSteps: steps, contact: form.contact,
    legalBasis: { nl: form.legalBasis, en: original?.legalBasis.en || form.legalBasis },
    duration: { nl: form.duration, en: original?.duration.en || form.duration },
    availability: form.availability as InterventionInput['availability'],
    evidenceNote: { nl: form.evidenceNote, en: original?.evidenceNote.en || form.evidenceNote }, sunsetOn: form.sunsetOn || null, informationalOnly: form.informationalOnly,
  }
}

/** Create (no id) or edit an intervention of the catalogue. */
export function InterventionForm({ interventionId }: { readonly interventionId?: string }) {
  const query = useIntervention(interventionId)
  if (interventionId && query.isPending) return <Loading />
  if (interventionId && query.isError) return <ProblemAlert error={query.error} headingLevel={1} />
  return <InterventionFormView key={query.data?.version ?? 0} original={query.data} />
}

function InterventionFormView({ original }: { original?: Intervention }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const heading = original ? t('plans.intervention.editTitle') : t('plans.catalogue.new')
  usePageTitle(heading)
  const [form, setForm] = useState(() => toForm(original))
  const create = useCreateIntervention()
  const update = useUpdateIntervention()
  const mutation = original ? update : create
  const errors = pathErrors(mutation.error)
  const err = (...keys: string[]) => keys.map((key) => errors[key]).find(Boolean)
  const text = (key: keyof Form) => ({
    id: `intervention-${key}`, value: String(form[key]),
    onChange: (value: string) => setForm((current) => ({ ...current, [key]: value })),
  })

  function save() {
    const input = toInput(form, original)
    const done = (saved: Intervention) => navigate(`/interventions/${saved.id}`)
    const { code: _code, ...changes } = input
    if (original) update.mutate({ interventionId: original.id, version: original.version, changes }, { onSuccess: done })
    else create.mutate(input, { onSuccess: done })
  }

  return (
    <form noValidate onSubmit={(event) => { event.preventDefault(); save() }}>
      <Heading level={1} className="ams-mb-m">{heading}</Heading>
      {isApiError(mutation.error, 412) ? <ConflictAlert /> : mutation.isError && <ProblemAlert error={mutation.error} />}
      <Column gap="small">
        {original ? (
          <Paragraph>{t('plans.fields.code')}: {original.code} ({t('plans.form.codeFixed')})</Paragraph>
        ) : (
          <TextField {...text('code')} label={t('plans.fields.code')} required error={err('code')} />
        )}
        <TextField {...text('nameNl')} label={t('plans.fields.nameNl')} required error={err('name.nl', 'name')} />
        <TextField {...text('nameEn')} label={t('plans.fields.nameEn')} required error={err('name.en')} />
        <SelectField {...text('type')} label={t('plans.fields.type')} error={err('type')}>
          {INTERVENTION_TYPES.map((type) => <option key={type} value={type}>{t(`plans.interventionType.${type}`)}</option>)}
        </SelectField>
        <Checkbox checked={form.voluntary} onChange={(event) => setForm((c) => ({ ...c, voluntary: event.target.checked }))}>
          {t('plans.fields.voluntary')}
        </Checkbox>
        <TextAreaField {...text('descriptionNl')} label={t('plans.fields.descriptionNl')} error={err('description.nl', 'description')} />
        <TextAreaField {...text('descriptionEn')} label={t('plans.fields.descriptionEn')} error={err('description.en')} />
        <TextAreaField {...text('goalNl')} label={t('plans.fields.goalNl')} error={err('goal.nl', 'goal')} />
        <TextAreaField {...text('goalEn')} label={t('plans.fields.goalEn')} error={err('goal.en')} />
        <TextField {...text('targetDimensions')} label={t('plans.fields.targetDimensions')} hint={t('plans.form.commaHint')}
          error={err('targetDimensions')} />
        <TextField {...text('targetIndicators')} label={t('plans.fields.targetIndicators')} hint={t('plans.form.commaHint')}
          error={err('targetIndicators')} />
        <TextField {...text('ageMin')} label={t('plans.fields.ageMin')} inputMode="numeric" optional error={err('targetAge.min')} />
        <TextField {...text('ageMax')} label={t('plans.fields.ageMax')} inputMode="numeric" optional error={err('targetAge.max')} />
        <TextField {...text('ageNote')} label={t('plans.fields.ageNote')} optional error={err('targetAge.note')} />
        <TextField {...text('providerName')} label={t('plans.fields.provider')} error={err('provider.name', 'provider')} />
        <TextAreaField {...text('conditionsNl')} label={t('plans.fields.conditionsNl')} error={err('conditions.nl', 'conditions')} />
        <TextAreaField {...text('conditionsEn')} label={t('plans.fields.conditionsEn')} error={err('conditions.en')} />
        <TextAreaField {...text('stepsNl')} label={t('plans.fields.stepsNl')} hint={t('plans.form.linesHint')} error={err('processSteps')} />
        <TextAreaField {...text('stepsEn')} label={t('plans.fields.stepsEn')} hint={t('plans.form.linesHint')} />
        <TextField {...text('contact')} label={t('plans.fields.contact')} error={err('contact')} />
        <TextField {...text('legalBasis')} label={t('plans.fields.legalBasis')} error={err('legalBasis')} />
        <TextField {...text('duration')} label={t('plans.fields.duration')} error={err('duration')} />
        <SelectField {...text('availability')} label={t('plans.fields.availability')} error={err('availability')}>
          {AVAILABILITIES.map((value) => <option key={value} value={value}>{t(`plans.availability.${value}`)}</option>)}
        </SelectField>
        <TextAreaField {...text('evidenceNote')} label={t('plans.fields.evidenceNote')} error={err('evidenceNote')} />
        <DateField {...text('sunsetOn')} label={t('plans.fields.sunsetOn')} optional error={err('sunsetOn')} />
        <Checkbox checked={form.informationalOnly}
          onChange={(event) => setForm((c) => ({ ...c, informationalOnly: event.target.checked }))}>
          {t('plans.fields.informationalOnly')}
        </Checkbox>
        <Row>
          <Button type="submit" disabled={mutation.isPending}>{t('common.save')}</Button>
        </Row>
      </Column>
    </form>
  )
}
