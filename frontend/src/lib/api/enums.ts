import type {
  ActorType,
  CaseStatus,
  ClosureReason,
  DeEscalationCriterion,
  District,
  Gender,
  Ideology,
  JournalCategory,
  JournalVisibility,
  OrganisationKind,
  ParticipationRole,
  RelationKind,
  Role,
  TransitionName,
} from './types'

/** Fails to compile when the generated schema gains a value the list below lacks. */
type Exhaustive<Union, List extends readonly Union[]> = [Exclude<Union, List[number]>] extends [never] ? List : never

function allOf<Union>() {
  return <const List extends readonly Union[]>(list: Exhaustive<Union, List>) => list
}

export const ROLES = allOf<Role>()([
  'admin',
  'coordinator',
  'regisseur',
  'partner',
  'police',
  'analyst',
  'privacy_officer',
])

export const ORGANISATION_KINDS = allOf<OrganisationKind>()([
  'municipality',
  'police',
  'prosecution',
  'education',
  'youth_care',
  'probation',
  'care',
  'district',
  'other',
])

export const ACTOR_TYPES = allOf<ActorType>()(['user', 'apiToken', 'anonymous', 'system'])

/** In process order, as the UI lists them. */
export const CASE_STATUSES = allOf<CaseStatus>()([
  'referred',
  'screening',
  'weighing',
  'intake',
  'case_conference',
  'active',
  'paused',
  'aftercare',
  'closed',
  'transferred',
])

export const TRANSITION_NAMES = allOf<TransitionName>()([
  'start_screening',
  'dismiss',
  'start_weighing',
  'request_more_information',
  'include',
  'decide_no_action',
  'refer_to_regular_care',
  'refer_to_criminal_track',
  'convene_case_conference',
  'approve_plan',
  'start_aftercare',
  'pause',
  'resume',
  'transfer',
  'close',
  'concern_returns',
  'reopen',
])

export const CLOSURE_REASONS = allOf<ClosureReason>()([
  'no_action',
  'regular_care',
  'criminal_track',
  'goals_achieved',
  'handed_over',
  'moved_away',
  'deceased',
  'other',
])

export const IDEOLOGIES = allOf<Ideology>()([
  'jihadist',
  'right_wing_extremist',
  'left_wing_extremist',
  'anti_institutional',
  'single_issue',
  'unclear',
  'other',
])

export const DISTRICTS = allOf<District>()([
  'centrum',
  'nieuw_west',
  'noord',
  'oost',
  'west',
  'zuid',
  'zuidoost',
  'weesp',
  'outside_amsterdam',
  'unknown',
])

export const GENDERS = allOf<Gender>()(['male', 'female', 'other', 'unknown'])

export const PARTICIPATION_ROLES = allOf<ParticipationRole>()(['regisseur', 'core_partner', 'participant', 'informant'])

export const JOURNAL_VISIBILITIES = allOf<JournalVisibility>()(['case_team', 'core_partners', 'own_organisation'])

export const JOURNAL_CATEGORIES = allOf<JournalCategory>()([
  'contact',
  'observation',
  'information_request',
  'agreement',
  'signal',
  'other',
])

export const RELATION_KINDS = allOf<RelationKind>()([
  'parent',
  'child',
  'sibling',
  'partner',
  'other_family',
  'friend',
  'network',
  'other',
])

export const DE_ESCALATION_CRITERIA = allOf<DeEscalationCriterion>()([
  'no_acute_flags',
  'intent_behaviour_absent',
  'goals_met',
  'handed_over',
])

/** The schema types the case list's `sort` as a plain string; these are the orders the server accepts. */
export const CASE_SORTS = ['-openedAt', 'openedAt', '-updatedAt', 'updatedAt', 'reference', '-reference'] as const
export type CaseSort = (typeof CASE_SORTS)[number]

/** 0 regular care, 1 case conference, 2 chain process direction, 3 administrative (driehoek). */
export const ESCALATION_LEVELS = [0, 1, 2, 3] as const
export type KnownEscalationLevel = (typeof ESCALATION_LEVELS)[number]

export function isEscalationLevel(value: number): value is KnownEscalationLevel {
  return (ESCALATION_LEVELS as readonly number[]).includes(value)
}

/** The schema types an audit outcome as a plain string; these are the ones the UI can translate. */
export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const

export function isOneOf<const List extends readonly string[]>(list: List, value: string): value is List[number] {
  return (list as readonly string[]).includes(value)
}
