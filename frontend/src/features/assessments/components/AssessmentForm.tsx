import { Alert, Button, Column, Heading, InvalidFormAlert, Link, Paragraph, Row, Select } from '@amsterdam/design-system-react'
import { useCallback, useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField } from '../../../components/fields'
import { hasErrors, mergeErrors, type FieldErrors } from '../../../components/formErrors'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { useDebouncedValue } from '../../../components/useDebouncedValue'
import { isApiError } from '../../../lib/api/problem'
import { useProposal } from '../api/proposeLevel'
import type { AssessmentDetail, Audience, CrosswalkDetail, FrameworkDetail, Perspective, RatingInput } from '../api/types'
import { useUpdateAssessment } from '../api/updateAssessment'
import { CrosswalkRatingSections, externalItems } from './CrosswalkRatingSections'
import {
  draftOf,
  EMPTY_RATING,
  externalCodeOf,
  externalKey,
  fieldId,
  previewInputs,
  ratingInputs,
  serverDraftErrors,
  updateOf,
  validateDraft,
  type AssessmentDraft,
  type RatedCodes,
  type RatingDraft,
} from './draft'
import { FormulationFields, ScenarioFields } from './FormulationFields'
import { HeaderFields } from './HeaderFields'
import { IndicatorRatingFields } from './IndicatorRatingFields'
import { ProposalView } from './ProposalView'
import { SubmitDialog, type Organisation } from './SubmitDialog'
import { AUDIENCES, isOneOf, useLocalText } from './vocabulary'

/** How long ratings must stay unchanged before the proposal is asked for again. */
const PROPOSAL_DELAY_MS = 400
/** Fields the error summary can name (the server may name others). */
const FIELD_NAMES = [
  'type',
  'assessedOn',
  'assessors',
  'informationCompleteness',
  'drivers',
  'inhibitors',
  'destabilisers',
  'protectiveAnchors',
  'ratings',
  'externalRatings',
] as const
const NO_ERRORS: Readonly<Record<string, string | undefined>> = {}

const DEFAULT_AUDIENCE: Record<Perspective, Audience> = {
  municipality: 'professional',
  care: 'professional',
  police: 'police',
  joint: 'case_conference',
}

type Props = {
  readonly assessment: AssessmentDetail
  readonly framework: FrameworkDetail
  /** Set when the assessment is entered in an external model's codes (the police model) through this crosswalk. */
  readonly crosswalk?: CrosswalkDetail
  /** Organisations that take part in a joint assessment (each must state agreement on submit). */
  readonly organisations: readonly Organisation[]
  readonly onSubmitted: (submitted: AssessmentDetail) => void
  /** After a 412: drop the edits and load the version someone else saved. */
  readonly onReload: () => void
}

/**
 * Edit a draft assessment: the ratings per dimension with the guidance questions beside them, the live proposal, save
 * and submit. With a crosswalk the external model's items are rated instead, and our indicators show what they became.
 */
export function AssessmentForm({ assessment, framework, crosswalk, organisations, onSubmitted, onReload }: Props) {
  const { t } = useTranslation()
  const local = useLocalText()
  const update = useUpdateAssessment()
  const [draft, setDraft] = useState<AssessmentDraft>(() => draftOf(assessment))
  const [dirty, setDirty] = useState(false)
  const [saved, setSaved] = useState(false)
  const [audience, setAudience] = useState<Audience>(DEFAULT_AUDIENCE[assessment.perspective])
  const [localErrors, setLocalErrors] = useState<FieldErrors>({})
  const [attempt, setAttempt] = useState(0)
  const [sent, setSent] = useState<RatedCodes>({ indicators: [], external: [] })
  const [submitting, setSubmitting] = useState(false)

  const order = useMemo(() => framework.indicators.map((indicator) => indicator.code), [framework])
  const knownCodes = useMemo(() => new Set(order), [order])
  // Through a crosswalk: its items, and directly only our indicators it does not reach.
  const codes = useMemo<RatedCodes>(() => {
    if (!crosswalk) return { indicators: order, external: [] }
    const mapped = new Set(crosswalk.entries.map((entry) => entry.indicatorCode))
    return { indicators: order.filter((code) => !mapped.has(code)), external: externalItems(crosswalk).map((item) => item.code) }
  }, [crosswalk, order])
  const externalLabels = useMemo(() => new Map(crosswalk?.entries.map((entry) => [entry.externalCode, entry.externalLabel])), [crosswalk])
  const protectiveDimensions = useMemo(
    () => new Set(framework.dimensions.filter((d) => d.kind === 'protective').map((d) => d.code)),
    [framework],
  )
  const inputs = useMemo(() => ratingInputs(draft.ratings, codes.indicators), [draft.ratings, codes])
  const preview = previewInputs(inputs)
  const waiting = inputs.length - preview.length
  const settled = useDebouncedValue(JSON.stringify(preview), PROPOSAL_DELAY_MS)
  const settledInputs = useMemo(() => JSON.parse(settled) as RatingInput[], [settled])
  // Only the server translates external codes, so through a crosswalk the proposal is the one saved last.
  const proposal = useProposal(framework.id, settledInputs, !crosswalk)
  const currentProposal = (!crosswalk && proposal.data) || assessment.proposal

  const errors = mergeErrors(serverDraftErrors(update.error, sent), localErrors)
  // Only items with an error get a new object, so the other (memoised) items do not re-render.
  const errorsByCode: Record<string, Record<string, string | undefined>> = {}
  for (const [key, message] of Object.entries(errors)) {
    const [head, field] = key.split('.')
    if (message && field && (knownCodes.has(head) || externalCodeOf(head))) (errorsByCode[head] ??= {})[field] = message
  }

  const changeRating = useCallback((code: string, patch: Partial<RatingDraft>) => {
    setDraft((current) => ({
      ...current,
      ratings: { ...current.ratings, [code]: { ...(current.ratings[code] ?? EMPTY_RATING), ...patch } },
    }))
    if (patch.relevance) setLocalErrors((current) => ({ ...current, [`${code}.relevance`]: undefined }))
    setDirty(true)
    setSaved(false)
  }, [])

  const changeExternal = useCallback((code: string, patch: Partial<RatingDraft>) => {
    setDraft((current) => ({
      ...current,
      externalRatings: { ...current.externalRatings, [code]: { ...(current.externalRatings[code] ?? EMPTY_RATING), ...patch } },
    }))
    if (patch.relevance) setLocalErrors((current) => ({ ...current, [`${externalKey(code)}.relevance`]: undefined }))
    setDirty(true)
    setSaved(false)
  }, [])

  function change(patch: Partial<AssessmentDraft>) {
    setDraft((current) => ({ ...current, ...patch }))
    setDirty(true)
    setSaved(false)
  }

  /** Validates and saves; returns the new version, or null when something is wrong. */
  async function save(): Promise<number | null> {
    const found = validateDraft(draft, codes, knownCodes, t)
    setLocalErrors(found)
    setAttempt((n) => n + 1)
    if (hasErrors(found)) return null
    const changes = updateOf(draft, codes)
    setSent({
      indicators: (changes.ratings ?? []).map((rating) => rating.code),
      external: (changes.externalRatings ?? []).map((rating) => rating.code),
    })
    try {
      const result = await update.mutateAsync({ assessmentId: assessment.id, version: assessment.version, changes })
      setDirty(false)
      setSaved(true)
      return result.version
    } catch {
      return null
    }
  }

  function onSave(event: FormEvent) {
    event.preventDefault()
    void save()
  }

  const labelOf = (key: string) => {
    const [head, index] = key.split('.')
    const external = externalCodeOf(head)
    if (external) return t('indicator.heading', { code: external, label: externalLabels.get(external) ?? '' })
    const indicator = framework.indicators.find((item) => item.code === head)
    if (indicator) return t('indicator.heading', { code: indicator.code, label: local(indicator.label) })
    if (head === 'scenarios') return t('assessment.scenarios.legend', { number: Number(index) + 1 })
    return isOneOf(FIELD_NAMES, head) ? t(`assessment.fieldNames.${head}`) : head
  }
  const errorLinks = Object.entries(errors)
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([key, message]) => ({ id: `#${fieldId(key)}`, label: `${labelOf(key)}: ${message}` }))

  return (
    <div className="casusregie-assessment-layout">
      <form onSubmit={onSave} noValidate aria-labelledby="assessment-form-heading" className="casusregie-assessment-layout__form">
        <Column gap="large">
          <Heading level={2} id="assessment-form-heading" className="ams-visually-hidden">
            {t('assessment.formLabel')}
          </Heading>
          {errorLinks.length > 0 && attempt > 0 && (
            <InvalidFormAlert key={attempt} headingLevel={2} heading={t('assessment.errorSummary')} errors={errorLinks}
              errorCountLabel={{ singular: t('assessment.errorCount_one'), plural: t('assessment.errorCount_other') }} />
          )}
          <SaveProblems error={update.error} assessmentId={assessment.id} onReload={onReload} />
          <section aria-labelledby="assessment-header-heading">
            <Heading level={2} id="assessment-header-heading" className="ams-mb-s">
              {t('assessment.headerHeading')}
            </Heading>
            <HeaderFields value={draft.header} perspective={assessment.perspective} organisationName={assessment.organisationName}
              onChange={(patch) => change({ header: { ...draft.header, ...patch } })} errors={errors} />
          </section>
          <section aria-labelledby="assessment-audience-heading" className="casusregie-audience">
            <Heading level={2} id="assessment-audience-heading" className="ams-mb-s">
              {t('assessment.audienceHeading')}
            </Heading>
            <Paragraph className="ams-mb-s">{t('assessment.audienceIntro')}</Paragraph>
            <SelectField id="assessment-audience" label={t('assessment.audience')} value={audience}
              onChange={(value) => isOneOf(AUDIENCES, value) && setAudience(value)}>
              {AUDIENCES.map((item) => (
                <Select.Option key={item} value={item}>{t(`enums.audience.${item}`)}</Select.Option>
              ))}
            </SelectField>
          </section>
          {crosswalk ? (
            <CrosswalkRatingSections assessment={assessment} framework={framework} crosswalk={crosswalk} draft={draft}
              audience={audience} dirty={dirty} errorsByKey={errorsByCode} onChangeExternal={changeExternal}
              onChangeRating={changeRating} />
          ) : (
            framework.dimensions.map((dimension) => (
              <section key={dimension.code} aria-labelledby={`assessment-dimension-${dimension.code}`}>
                <Heading level={2} id={`assessment-dimension-${dimension.code}`} className="ams-mb-xs">
                  {local(dimension.label)}
                </Heading>
                <Paragraph className="ams-mb-m">{local(dimension.description)}</Paragraph>
                <Column>
                  {framework.indicators
                    .filter((indicator) => indicator.dimension === dimension.code)
                    .map((indicator) => (
                      <IndicatorRatingFields key={indicator.code} indicator={indicator} audience={audience}
                        protective={protectiveDimensions.has(indicator.dimension)}
                        draft={draft.ratings[indicator.code] ?? EMPTY_RATING}
                        errors={errorsByCode[indicator.code] ?? NO_ERRORS} onChange={changeRating} />
                    ))}
                </Column>
              </section>
            ))
          )}
          <FormulationFields value={draft.formulation} errors={errors}
            onChange={(patch) => change({ formulation: { ...draft.formulation, ...patch } })} />
          <ScenarioFields value={draft.scenarios} errors={errors} onChange={(scenarios) => change({ scenarios })} />
          <div className="casusregie-action-bar">
            <Row wrap alignVertical="center">
              <Button type="submit" variant="secondary" disabled={update.isPending}>
                {t('assessment.save')}
              </Button>
              {assessment.allowed.submit && (
                <Button type="button" onClick={() => setSubmitting(true)} disabled={update.isPending}>
                  {t('assessment.submit')}
                </Button>
              )}
              <span aria-live="polite">
                {saved && !dirty && <Paragraph size="small">{t('assessment.saved')}</Paragraph>}
                {dirty && <Paragraph size="small">{t('assessment.unsaved')}</Paragraph>}
              </span>
            </Row>
          </div>
        </Column>
      </form>
      <aside className="casusregie-assessment-layout__proposal" aria-labelledby="proposal-panel-heading">
        <Heading level={2} id="proposal-panel-heading" className="ams-visually-hidden">
          {t('proposal.panel')}
        </Heading>
        <div role="status" aria-live="polite" aria-busy={proposal.isFetching}>
          <ProposalView proposal={currentProposal} framework={framework} headingLevel={3} />
        </div>
        {crosswalk ? (
          <Paragraph size="small" className="ams-mt-s">{t('proposal.afterSave')}</Paragraph>
        ) : (
          waiting > 0 && <Paragraph size="small" className="ams-mt-s">{t('proposal.waiting', { count: waiting })}</Paragraph>
        )}
        {proposal.isError && <ProblemAlert error={proposal.error} headingLevel={3} />}
        <Paragraph size="small" className="ams-mt-s">{t('proposal.disclaimer')}</Paragraph>
      </aside>
      {submitting && (
        <SubmitDialog assessment={assessment} proposedLevel={currentProposal.level} organisations={organisations}
          prepare={() => (dirty ? save() : Promise.resolve(assessment.version))}
          onSubmitted={(submitted) => {
            setSubmitting(false)
            onSubmitted(submitted)
          }}
          onClose={() => setSubmitting(false)} />
      )}
    </div>
  )
}

function SaveProblems({ error, assessmentId, onReload }: { error: unknown; assessmentId: string; onReload: () => void }) {
  const { t } = useTranslation()
  if (isApiError(error, 412)) {
    return (
      <Alert heading={t('conflict.heading')} headingLevel={2} severity="warning" role="alert">
        <Paragraph className="ams-mb-s">{t('assessment.conflict')}</Paragraph>
        <Button variant="secondary" onClick={onReload}>
          {t('assessment.reload')}
        </Button>
      </Alert>
    )
  }
  if (isApiError(error, 409)) {
    return (
      <Alert heading={t('assessment.lockedHeading')} headingLevel={2} severity="warning" role="alert">
        <Paragraph>
          {t('assessment.locked')}{' '}
          <Link href={`/assessments/${assessmentId}`} linkComponent={RouterLinkAdapter}>
            {t('assessment.openSubmitted')}
          </Link>
        </Paragraph>
      </Alert>
    )
  }
  return <ProblemAlert error={error} />
}
