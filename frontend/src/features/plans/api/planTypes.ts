// The plan of action: generated from the API schema (openapi/v1.json -> src/api/schema.d.ts). The lists of values
// below are checked against the generated unions, so a new status in the API fails the type check here.
import type { components } from '../../../api/schema'

type Schemas = components['schemas']

export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'superseded', 'withdrawn'] as const satisfies readonly Schemas['PlanStatus'][]
export type PlanStatus = Schemas['PlanStatus']
export const GOAL_STATUSES = ['open', 'on_track', 'achieved', 'not_achieved', 'dropped'] as const satisfies readonly Schemas['GoalStatus'][]
export type GoalStatus = Schemas['GoalStatus']
/** stalled and cancelled need a reason. */
export const ACTION_STATUSES = ['planned', 'running', 'done', 'stalled', 'cancelled'] as const satisfies readonly Schemas['ActionStatus'][]
export type ActionStatus = Schemas['ActionStatus']
export const STATUSES_NEEDING_REASON: readonly ActionStatus[] = ['stalled', 'cancelled']
export type StallReason = Schemas['StallReason']
export type ActorBrief = Schemas['ActorBriefOut']
export type LocalText = Schemas['LocalTextOut']

export type InterventionBrief = Schemas['InterventionBriefOut']
export type SuggestedIntervention = Schemas['SuggestedInterventionOut']
export type Suggestion = Schemas['SuggestionOut']
export type ProtectiveFactor = Schemas['ProtectiveFactorOut']
export type Goal = Schemas['GoalOut']
export type ActionUpdate = Schemas['ActionUpdateOut']
export type Action = Schemas['ActionOut']
export type PlanAllowed = Schemas['PlanAllowedOut']
export type Plan = Schemas['PlanOut']
export type PlanSummary = Schemas['PlanSummaryOut']
/** Newest first. */
export type PlanList = Schemas['PlanListOut']

export const CHANGE_SECTIONS = ['interpretation', 'protectiveFactors', 'goals', 'actions', 'contingency', 'evaluationOn'] as const satisfies readonly Schemas['Section'][]
export type ChangeSection = Schemas['Section']
export type Change = Schemas['ChangeOut']
export type PlanDiff = Schemas['PlanDiffOut']

export type AttentionItem = Schemas['AttentionItemOut']
export type AttentionList = Schemas['AttentionListOut']
export type AttentionFilters = { organisationId?: string; regisseurId?: string }

// Inputs
export type GoalInput = Schemas['GoalIn']
export type ActionInput = Schemas['ActionIn']
/** Sections sent replace the whole section. */
export type PlanChanges = Schemas['PlanChanges']
export type StartPlanInput = Schemas['PlanStart']
export type ApprovalInput = Schemas['PlanApproval']
export type ActionStatusReport = Schemas['ActionStatusReport']
