import type { TFunction } from 'i18next'
import type { FieldErrors } from '../../../components/formErrors'
import { ApiError } from '../../../lib/api/problem'
import { isOneOf, LIKELIHOODS } from './vocabulary'
import type {
  AssessmentDetail,
  AssessmentUpdate,
  Formulation,
  InformationCompleteness,
  AssessmentType,
  Presence,
  RatingInput,
  RatingOut,
  Relevance,
  Scenario,
  SharingLevel,
  Trend,
} from '../api/types'

/** One indicator's rating as typed; '' where nothing is chosen yet. */
export type RatingDraft = {
  presence: Presence | ''
  relevance: Relevance | ''
  trend: Trend | ''
  evidenceFor: string
  evidenceAgainst: string
  source: string
  sourceOn: string
  sharing: SharingLevel
}

export const EMPTY_RATING: RatingDraft = {
  presence: '',
  relevance: '',
  trend: '',
  evidenceFor: '',
  evidenceAgainst: '',
  source: '',
  sourceOn: '',
  sharing: 'shareable',
}

export type ScenarioDraft = { title: string; description: string; likelihood: string; warningSigns: string; indicatorCodes: string }

export type HeaderDraft = {
  type: AssessmentType
  assessedOn: string
  assessors: string
  informationCompleteness: InformationCompleteness
}

export type AssessmentDraft = {
  header: HeaderDraft
  ratings: Record<string, RatingDraft>
  /** Ratings in an external model's item codes (an assessment entered through a crosswalk), by item code. */
  externalRatings: Record<string, RatingDraft>
  formulation: Formulation
  scenarios: ScenarioDraft[]
}

/** The codes the form sends, in order: our indicators rated directly, and the external items (none without a crosswalk). */
export type RatedCodes = { readonly indicators: readonly string[]; readonly external: readonly string[] }

/** Field keys of an external item start with this, so they never meet an indicator code of ours. */
const EXTERNAL_KEY = 'ext-'

export function externalKey(code: string): string {
  return `${EXTERNAL_KEY}${code}`
}

/** The external item code of a field key's head, or null when it names one of our indicators. */
export function externalCodeOf(head: string): string | null {
  return head.startsWith(EXTERNAL_KEY) ? head.slice(EXTERNAL_KEY.length) : null
}

export function needsRelevance(presence: Presence | ''): boolean {
  return presence === 'partly' || presence === 'present'
}

type StoredRating = Omit<RatingOut, 'code' | 'withheld'>

function ratingDraftOf(rating: StoredRating): RatingDraft {
  return {
    presence: rating.presence,
    relevance: rating.relevance ?? '',
    trend: rating.trend ?? '',
    evidenceFor: rating.evidenceFor,
    evidenceAgainst: rating.evidenceAgainst,
    source: rating.source,
    sourceOn: rating.sourceOn ?? '',
    sharing: rating.sharing,
  }
}

export function draftOf(assessment: AssessmentDetail): AssessmentDraft {
  return {
    header: {
      type: assessment.type,
      assessedOn: assessment.assessedOn,
      assessors: assessment.assessors.join('\n'),
      informationCompleteness: assessment.informationCompleteness,
    },
    ratings: Object.fromEntries(assessment.ratings.map((rating) => [rating.code, ratingDraftOf(rating)])),
    externalRatings: Object.fromEntries(assessment.externalRatings.map((rating) => [rating.code, ratingDraftOf(rating)])),
    formulation: { ...assessment.formulation },
    scenarios: assessment.scenarios.map((scenario) => ({ ...scenario, indicatorCodes: scenario.indicatorCodes.join(', ') })),
  }
}

/** The rated indicators (a presence chosen) as the API's RatingInput, in framework order. */
export function ratingInputs(ratings: Record<string, RatingDraft>, order: readonly string[]): RatingInput[] {
  const inputs: RatingInput[] = []
  for (const code of order) {
    const draft = ratings[code]
    if (!draft || draft.presence === '') continue
    const counts = needsRelevance(draft.presence)
    inputs.push({
      code,
      presence: draft.presence,
      // Relevance and trend are read only for a partly or present rating.
      relevance: counts && draft.relevance ? draft.relevance : null,
      trend: counts && draft.trend ? draft.trend : null,
      evidenceFor: draft.evidenceFor.trim(),
      evidenceAgainst: draft.evidenceAgainst.trim(),
      source: draft.source.trim(),
      sourceOn: draft.sourceOn || null,
      sharing: draft.sharing,
    })
  }
  return inputs
}

/** For the live proposal: ratings still missing their required relevance wait until it is chosen. */
export function previewInputs(inputs: readonly RatingInput[]): RatingInput[] {
  return inputs.filter((input) => !needsRelevance(input.presence) || input.relevance !== null)
}

function splitList(value: string, separator: RegExp): string[] {
  return value
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean)
}

export function updateOf(draft: AssessmentDraft, codes: RatedCodes): AssessmentUpdate {
  return {
    type: draft.header.type,
    assessedOn: draft.header.assessedOn,
    assessors: splitList(draft.header.assessors, /\n/),
    informationCompleteness: draft.header.informationCompleteness,
    ratings: ratingInputs(draft.ratings, codes.indicators),
    // The server translates these onto our indicators through the assessment's crosswalk.
    ...(codes.external.length > 0 && { externalRatings: ratingInputs(draft.externalRatings, codes.external) }),
    formulation: {
      drivers: draft.formulation.drivers.trim(),
      inhibitors: draft.formulation.inhibitors.trim(),
      destabilisers: draft.formulation.destabilisers.trim(),
      protectiveAnchors: draft.formulation.protectiveAnchors.trim(),
    },
    scenarios: draft.scenarios
      .filter((scenario) => Object.values(scenario).some((value) => value.trim()))
      .map((scenario): Scenario => ({
        title: scenario.title.trim(),
        description: scenario.description.trim(),
        // validateDraft has made sure one is chosen.
        likelihood: isOneOf(LIKELIHOODS, scenario.likelihood) ? scenario.likelihood : 'medium',
        warningSigns: scenario.warningSigns.trim(),
        indicatorCodes: splitList(scenario.indicatorCodes.toUpperCase(), /[\s,;]+/),
      })),
  }
}

/**
 * Field keys: header fields by name, rating fields as `<code>.<field>` (`ext-<code>.<field>` for an external item),
 * scenario fields as `scenarios.<i>.<field>`.
 */
export function validateDraft(draft: AssessmentDraft, codes: RatedCodes, knownCodes: ReadonlySet<string>, t: TFunction): FieldErrors {
  const errors: FieldErrors = {
    assessedOn: draft.header.assessedOn ? undefined : t('assessment.errors.assessedOnRequired'),
    assessors: splitList(draft.header.assessors, /\n/).length ? undefined : t('assessment.errors.assessorsRequired'),
  }
  const missingRelevance = (rating: RatingDraft | undefined) => Boolean(rating && needsRelevance(rating.presence) && !rating.relevance)
  for (const code of codes.indicators) {
    if (missingRelevance(draft.ratings[code])) errors[`${code}.relevance`] = t('assessment.errors.relevanceRequired')
  }
  for (const code of codes.external) {
    if (missingRelevance(draft.externalRatings[code])) errors[`${externalKey(code)}.relevance`] = t('assessment.errors.relevanceRequired')
  }
  draft.scenarios.forEach((scenario, index) => {
    if (!Object.values(scenario).some((value) => value.trim())) return
    if (!scenario.title.trim()) errors[`scenarios.${index}.title`] = t('assessment.errors.scenarioTitleRequired')
    if (!scenario.likelihood) errors[`scenarios.${index}.likelihood`] = t('assessment.errors.scenarioLikelihoodRequired')
    const unknown = splitList(scenario.indicatorCodes.toUpperCase(), /[\s,;]+/).filter((code) => !knownCodes.has(code))
    if (unknown.length) errors[`scenarios.${index}.indicatorCodes`] = t('assessment.errors.unknownCodes', { codes: unknown.join(', ') })
  })
  return errors
}

const RATING_PARAM = /^(?:body\.)?ratings(?:\[(\d+)\]|\.(\d+))\.(\w+)$/
const EXTERNAL_PARAM = /^(?:body\.)?externalRatings(?:\[(\d+)\]|\.(\d+))\.(\w+)$/
const SCENARIO_PARAM = /^(?:body\.)?scenarios(?:\[(\d+)\]|\.(\d+))\.(\w+)$/

/**
 * The server's invalidParams (400 or 422) as field keys of this form. `ratings[i].x` names the i-th rating
 * sent (`externalRatings[i].x` the i-th external one), so `sent` (the codes in the order sent) turns it back into a code.
 */
export function serverDraftErrors(error: unknown, sent: RatedCodes): FieldErrors {
  if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 422)) return {}
  const errors: FieldErrors = {}
  for (const { name, reason } of error.problem.invalidParams ?? []) {
    const rating = RATING_PARAM.exec(name)
    const external = EXTERNAL_PARAM.exec(name)
    const scenario = SCENARIO_PARAM.exec(name)
    if (rating) {
      const code = sent.indicators[Number(rating[1] ?? rating[2])]
      if (code) errors[`${code}.${rating[3]}`] ??= reason
    } else if (external) {
      const code = sent.external[Number(external[1] ?? external[2])]
      if (code) errors[`${externalKey(code)}.${external[3]}`] ??= reason
    } else if (scenario) {
      errors[`scenarios.${scenario[1] ?? scenario[2]}.${scenario[3]}`] ??= reason
    } else {
      const field = name.split('.').pop() ?? name
      errors[field] ??= reason
    }
  }
  return errors
}

/** DOM id of a form field, for the error summary's links. */
export function fieldId(key: string): string {
  return `assessment-${key.replace(/[^a-zA-Z0-9_-]/g, '-')}`
}
