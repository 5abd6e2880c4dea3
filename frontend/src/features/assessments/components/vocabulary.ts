import { useTranslation } from 'react-i18next'
import type {
  AssessmentType,
  Audience,
  ConcernLevel,
  InformationCompleteness,
  LocalText,
  MappingRelation,
  Perspective,
  Presence,
  Relevance,
  RoutedTo,
  ScenarioLikelihood,
  SharingLevel,
  Trend,
} from '../api/types'

/** Ordered from the floor up: the order of the level axis in the charts and of the final-level choice. */
export const CONCERN_LEVELS = ['insufficient_information', 'low', 'elevated', 'high', 'acute'] as const satisfies readonly ConcernLevel[]
export const PRESENCES = ['absent', 'partly', 'present', 'unknown'] as const satisfies readonly Presence[]
export const RELEVANCES = ['low', 'medium', 'high'] as const satisfies readonly Relevance[]
export const TRENDS = ['decreasing', 'stable', 'increasing'] as const satisfies readonly Trend[]
export const SHARING_LEVELS = ['shareable', 'summary_only', 'own_organisation'] as const satisfies readonly SharingLevel[]
export const AUDIENCES = ['family_network', 'professional', 'case_conference', 'police'] as const satisfies readonly Audience[]
export const ASSESSMENT_TYPES = ['intake', 'periodic', 'trigger', 'closure', 'follow_up'] as const satisfies readonly AssessmentType[]
export const PERSPECTIVES = ['municipality', 'police', 'care', 'joint'] as const satisfies readonly Perspective[]
export const COMPLETENESS = ['complete', 'partial', 'limited'] as const satisfies readonly InformationCompleteness[]
export const LIKELIHOODS = ['low', 'medium', 'high'] as const satisfies readonly ScenarioLikelihood[]
/** How an external item relates to our indicator, from "counts fully" to "overlaps". */
export const RELATIONS = ['equivalent', 'narrower', 'broader', 'partial'] as const satisfies readonly MappingRelation[]
export const ROUTED_TO = ['police', 'prosecutor', 'case_conference', 'care', 'other'] as const satisfies readonly RoutedTo[]
/** The dimensions every framework has, in framework order (domain/assessment/framework.py). */
export const DIMENSIONS = ['ideology', 'vulnerability', 'network', 'intent_behaviour', 'capability', 'protective'] as const
export const RULES = [
  'acute_flag',
  'intent_with_high_relevance',
  'increasing_trend',
  'several_risk_dimensions',
  'protective_buffer',
  'core_unknown',
  'no_risk_pattern',
] as const

export function isOneOf<const List extends readonly string[]>(list: List, value: string | null | undefined): value is List[number] {
  return value != null && (list as readonly string[]).includes(value)
}

/** The group of an external item code: its letters before the number (K1 -> K, IM2 -> IM); the code itself otherwise. */
export function externalGroup(code: string): string {
  return /^[A-Za-z]+(?=\d)/.exec(code)?.[0].toUpperCase() ?? code
}

export function levelRank(level: ConcernLevel): number {
  return CONCERN_LEVELS.indexOf(level)
}

/** Text from the framework in the interface language (Dutch unless English is chosen). */
export function useLocalText() {
  const { i18n } = useTranslation()
  const english = i18n.language === 'en'
  return (text: LocalText | null | undefined) => (text ? (english ? text.en || text.nl : text.nl || text.en) : '')
}

/** Labels for codes that may grow on the server: a translation when there is one, else the code itself. */
export function useCodeLabels() {
  const { t } = useTranslation()
  return {
    dimension: (code: string) => (isOneOf(DIMENSIONS, code) ? t(`enums.dimension.${code}`) : code),
    rule: (code: string) => (isOneOf(RULES, code) ? t(`enums.concernRule.${code}`) : code),
    perspective: (code: string) => (isOneOf(PERSPECTIVES, code) ? t(`enums.perspective.${code}`) : code),
  }
}

/** Presence words; protective indicators read "not / somewhat / clearly present". */
export function usePresenceLabel() {
  const { t } = useTranslation()
  return (presence: Presence, protective: boolean) =>
    protective ? t(`enums.presenceProtective.${presence}`) : t(`enums.presence.${presence}`)
}

/** Perspectives by role, as the server's policy allows them (it checks again). */
export function perspectivesFor(roles: readonly string[]): Perspective[] {
  const allowed = new Set<Perspective>()
  for (const role of roles) {
    if (role === 'police') allowed.add('police')
    if (role === 'partner') allowed.add('care')
    if (role === 'coordinator' || role === 'regisseur') {
      allowed.add('municipality')
      allowed.add('joint')
    }
  }
  return PERSPECTIVES.filter((perspective) => allowed.has(perspective))
}
