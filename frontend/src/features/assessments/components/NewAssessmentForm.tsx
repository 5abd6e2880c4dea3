import { Button, Column, ErrorMessage, FieldSet, Paragraph, Radio, Select } from '@amsterdam/design-system-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField } from '../../../components/fields'
import { hasErrors, mergeErrors, type FieldErrors } from '../../../components/formErrors'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { ApiError } from '../../../lib/api/problem'
import { todayIso } from '../../../lib/i18n/format'
import { useCreateAssessment } from '../api/createAssessment'
import { useCrosswalks } from '../api/listCrosswalks'
import { useFrameworks } from '../api/listFrameworks'
import type { AssessmentDetail, AssessmentType, Perspective } from '../api/types'
import { fieldId, type HeaderDraft } from './draft'
import { HeaderFields } from './HeaderFields'

type Props = {
  readonly caseId: string
  /** The perspectives the actor's role may assess from (the server checks it again). */
  readonly perspectives: readonly Perspective[]
  readonly defaultAssessor: string
  readonly defaultType?: AssessmentType
  readonly onCreated: (created: AssessmentDetail) => void
}

const ENTRIES = ['framework', 'crosswalk'] as const
type Entry = (typeof ENTRIES)[number]

/** Crosswalks onto the published framework version: a new assessment is always on that version. */
function usePublishedCrosswalks(enabled: boolean) {
  const frameworks = useFrameworks(enabled)
  const crosswalks = useCrosswalks(enabled)
  const published = frameworks.data?.find((framework) => framework.status === 'published')
  return {
    isPending: frameworks.isPending || crosswalks.isPending,
    error: frameworks.error ?? crosswalks.error,
    usable: crosswalks.data?.filter((crosswalk) => crosswalk.frameworkId === published?.id) ?? [],
  }
}

function createErrors(error: unknown): FieldErrors {
  return error instanceof ApiError && (error.status === 400 || error.status === 422) ? error.fieldErrors() : {}
}

/** Starts a draft assessment; the ratings follow on the next page. */
export function NewAssessmentForm({ caseId, perspectives, defaultAssessor, defaultType = 'intake', onCreated }: Props) {
  const { t } = useTranslation()
  const create = useCreateAssessment()
  const [header, setHeader] = useState<HeaderDraft>({
    type: defaultType,
    assessedOn: todayIso(),
    assessors: defaultAssessor,
    informationCompleteness: 'partial',
  })
  const [perspective, setPerspective] = useState<Perspective | ''>(perspectives.length === 1 ? perspectives[0] : '')
  const [entry, setEntry] = useState<Entry>('framework')
  const [crosswalkId, setCrosswalkId] = useState('')
  const [local, setLocal] = useState<FieldErrors>({})
  const police = perspective === 'police'
  const crosswalks = usePublishedCrosswalks(police)
  const chosenCrosswalk = crosswalkId || crosswalks.usable[0]?.id || ''
  const inCodes = police && entry === 'crosswalk' && Boolean(chosenCrosswalk)
  const errors = mergeErrors(createErrors(create.error), local)
  const assessors = header.assessors.split('\n').map((name) => name.trim()).filter(Boolean)

  function submit(event: FormEvent) {
    event.preventDefault()
    const found: FieldErrors = {
      perspective: perspective ? undefined : t('assessment.errors.perspectiveRequired'),
      assessedOn: !header.assessedOn
        ? t('assessment.errors.assessedOnRequired')
        : header.assessedOn > todayIso()
          ? t('assessment.errors.assessedOnInFuture')
          : undefined,
      assessors: assessors.length ? undefined : t('assessment.errors.assessorsRequired'),
    }
    setLocal(found)
    if (hasErrors(found) || !perspective) return
    create.mutate(
      {
        caseId,
        body: {
          type: header.type,
          perspective,
          assessedOn: header.assessedOn,
          assessors,
          informationCompleteness: header.informationCompleteness,
          ...(inCodes && { crosswalkId: chosenCrosswalk }),
        },
      },
      { onSuccess: onCreated },
    )
  }

  const perspectiveError = `${fieldId('perspective')}-error`
  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-assessment-heading">
      <Column>
        <Paragraph>{t('assessment.newIntro')}</Paragraph>
        <ProblemAlert error={create.error} />
        <div>
          <FieldSet legend={t('assessment.perspective')} hint={t('assessment.perspectiveHint')} invalid={Boolean(errors.perspective)}
            aria-describedby={errors.perspective ? perspectiveError : undefined} id={fieldId('perspective')} className="ams-mb-m">
            {errors.perspective && (
              <ErrorMessage id={perspectiveError} prefix={t('form.errorPrefix')}>
                {errors.perspective}
              </ErrorMessage>
            )}
            <Column gap="x-small">
              {perspectives.map((item) => (
                <Radio key={item} name={fieldId('perspective')} value={item} checked={perspective === item}
                  invalid={Boolean(errors.perspective)} onChange={() => setPerspective(item)}>
                  {t(`enums.perspective.${item}`)}
                </Radio>
              ))}
            </Column>
          </FieldSet>
          {police && (
            <PoliceCodesChoice entry={entry} onEntryChange={setEntry} crosswalks={crosswalks} crosswalkId={chosenCrosswalk}
              onCrosswalkChange={setCrosswalkId} error={errors.crosswalkId} />
          )}
          <HeaderFields value={header} onChange={(patch) => setHeader((current) => ({ ...current, ...patch }))} errors={errors} />
        </div>
        <div>
          <Button type="submit" disabled={create.isPending}>
            {t('assessment.start')}
          </Button>
        </div>
      </Column>
    </form>
  )
}

type ChoiceProps = {
  readonly entry: Entry
  readonly onEntryChange: (entry: Entry) => void
  readonly crosswalks: ReturnType<typeof usePublishedCrosswalks>
  readonly crosswalkId: string
  readonly onCrosswalkChange: (crosswalkId: string) => void
  readonly error?: string
}

/** For the police perspective: enter the ratings in the codes of the police model, through a crosswalk. */
function PoliceCodesChoice({ entry, onEntryChange, crosswalks, crosswalkId, onCrosswalkChange, error }: ChoiceProps) {
  const { t } = useTranslation()
  if (crosswalks.isPending) return null
  if (crosswalks.error) return <ProblemAlert error={crosswalks.error} headingLevel={3} />
  if (crosswalks.usable.length === 0) return <Paragraph className="ams-mb-m">{t('assessment.policeCodes.none')}</Paragraph>
  return (
    <>
      <FieldSet legend={t('assessment.policeCodes.legend')} hint={t('assessment.policeCodes.hint')} className="ams-mb-m">
        <Column gap="x-small">
          {ENTRIES.map((item) => (
            <Radio key={item} name={fieldId('entry')} value={item} checked={entry === item} onChange={() => onEntryChange(item)}>
              {t(`assessment.policeCodes.${item}`)}
            </Radio>
          ))}
        </Column>
      </FieldSet>
      {entry === 'crosswalk' && (
        <SelectField id={fieldId('crosswalkId')} label={t('assessment.policeCodes.crosswalkLabel')} value={crosswalkId}
          hint={t('assessment.policeCodes.crosswalkHint')} onChange={onCrosswalkChange} error={error}>
          {crosswalks.usable.map((crosswalk) => (
            <Select.Option key={crosswalk.id} value={crosswalk.id}>
              {t('assessment.policeCodes.option', {
                model: crosswalk.externalModel,
                version: crosswalk.version,
                count: crosswalk.entryCount,
              })}
            </Select.Option>
          ))}
        </SelectField>
      )}
    </>
  )
}
