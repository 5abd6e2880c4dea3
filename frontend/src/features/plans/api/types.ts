import type { components } from '../../../api/schema'

type Schemas = components['schemas']

export type LocalText = Schemas['LocalTextOut']

export const INTERVENTION_TYPES = [
  'administrative',
  'criminal_law',
  'care_welfare',
  'education_work',
  'family_network',
  'mentoring_dialogue',
  'exit_support',
  'other',
] as const satisfies readonly Schemas['InterventionType'][]
export type InterventionType = Schemas['InterventionType']

export const AVAILABILITIES = ['available', 'waiting_list', 'limited', 'unavailable'] as const satisfies readonly Schemas['Availability'][]
export type Availability = Schemas['Availability']
export type DimensionCode = Schemas['DimensionCode']

// The catalogue: generated from the schema.
export type Intervention = Schemas['InterventionOut']
export type InterventionInput = Schemas['InterventionCreate']
export type InterventionChanges = Schemas['InterventionFields']

export type InterventionFilters = {
  q?: string
  type?: InterventionType
  dimension?: DimensionCode
  indicator?: string
  age?: number
  includeRetired?: boolean
}

// The plan of action: hand-written from the contract (issue #6) until the schema carries these operations.
export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'superseded', 'withdrawn'] as const
export type PlanStatus = (typeof PLAN_STATUSES)[number]
export const GOAL_STATUSES = ['open', 'on_track', 'achieved', 'not_achieved', 'dropped'] as const
export type GoalStatus = (typeof GOAL_STATUSES)[number]
export const ACTION_STATUSES = ['planned', 'running', 'done', 'stalled', 'cancelled'] as const
export type ActionStatus = (typeof ACTION_STATUSES)[number]

export type ProtectiveFactor = { indicatorCode: string; note: string }

export type Goal = {
  id: string
  text: string
  indicatorCodes: string[]
  targetOn: string
  status: GoalStatus
  note: string
}

export type ActionUpdate = { at: string; byName: string; organisationName: string; status: ActionStatus; reason: string | null }

export type Action = {
  id: string
  goalIds: string[]
  interventionId: string | null
  customTitle: string | null
  responsibleOrganisationId: string
  ownerName: string
  startOn: string
  dueOn: string
  status: ActionStatus
  statusReason: string | null
  lastUpdateAt: string | null
  externalReference: string | null
  updates?: ActionUpdate[]
}

export type Suggestion = {
  indicatorCode: string
  interventions: { id: string; code: string; name: LocalText; conditions: LocalText; type: InterventionType; voluntary: boolean }[]
}

export type PlanSummary = {
  id: string
  caseId: string
  number: number
  status: PlanStatus
  authorName: string
  createdAt: string
  submittedAt: string | null
  approvedAt: string | null
  evaluationOn: string | null
}

export type PlanList = { items: PlanSummary[]; inForceId: string | null }

export type PlanVersion = {
  id: string
  caseId: string
  number: number
  status: PlanStatus
  basedOnAssessmentId: string | null
  interpretation?: string | null
  protectiveFactors: ProtectiveFactor[]
  goals: Goal[]
  actions: Action[]
  contingency?: string | null
  evaluationOn: string | null
  authorId: string
  authorName: string
  createdAt: string
  submittedAt: string | null
  approvedAt: string | null
  approvedBy: string | null
  approvalNote: string | null
  decisionReference: string | null
  version: number
  allowed: { edit: boolean; submit: boolean; approve: boolean; withdraw: boolean }
  suggestions?: Suggestion[]
}

export type PlanUpdate = {
  interpretation?: string
  protectiveFactors?: ProtectiveFactor[]
  goals?: Goal[]
  actions?: Omit<Action, 'lastUpdateAt' | 'updates'>[]
  contingency?: string
  evaluationOn?: string | null
}

export type DiffSection = 'interpretation' | 'goals' | 'actions' | 'protectiveFactors' | 'contingency' | 'evaluationOn'
export type PlanChange = {
  section: DiffSection
  itemId: string | null
  kind: 'added' | 'removed' | 'changed'
  field: string | null
  before: unknown
  after: unknown
}
export type PlanDiff = { from: string; to: string; changes: PlanChange[] }

export type AttentionRow = {
  caseId: string
  reference: string
  personName: string
  regisseurName: string | null
  planId: string
  kind: 'stalled_action' | 'overdue_goal'
  itemId: string
  title: string
  organisationName: string | null
  dueOn?: string | null
  targetOn?: string | null
  lastUpdateAt: string | null
  reason: 'past_due' | 'no_update'
}
