import type { ActionStatus, GoalStatus, LocalText, Plan, PlanChanges, SuggestedIntervention } from '../../api/planTypes'
import { newId } from '../vocabulary'

export type FactorDraft = { key: string; indicatorCode: string; note: string }
export type GoalDraft = { id: string; text: string; targetOn: string; indicatorCodes: string; status: GoalStatus; note: string }
export type ActionDraft = {
  /** The row's key in the form; for saved actions their id. */
  key: string
  id?: string
  interventionId: string
  /** The chosen intervention's name, for one no longer (or not yet) in the catalogue list. */
  interventionName: LocalText | null
  customTitle: string
  goalIds: string[]
  responsibleOrganisationId: string
  /** The saved organisation's name, for one no longer taking part in the case. */
  responsibleOrganisationName: string
  ownerName: string
  startOn: string
  dueOn: string
  status: ActionStatus
  statusReason: string
  externalReference: string
}
export type PlanDraft = {
  interpretation: string
  protectiveFactors: FactorDraft[]
  goals: GoalDraft[]
  actions: ActionDraft[]
  contingency: string
  evaluationOn: string
}

export function draftOf(plan: Plan): PlanDraft {
  return {
    interpretation: plan.interpretation,
    protectiveFactors: plan.protectiveFactors.map((factor) => ({ key: newId(), ...factor })),
    goals: plan.goals.map(({ id, text, targetOn, indicatorCodes, status, note }) => ({
      id, text, targetOn, status, note, indicatorCodes: indicatorCodes.join(', '),
    })),
    actions: plan.actions.map((action) => ({
      key: action.id,
      id: action.id,
      interventionId: action.intervention?.id ?? '',
      interventionName: action.intervention?.name ?? null,
      customTitle: action.customTitle ?? '',
      goalIds: action.goalIds,
      responsibleOrganisationId: action.responsibleOrganisationId,
      responsibleOrganisationName: action.responsibleOrganisationName,
      ownerName: action.ownerName,
      startOn: action.startOn,
      dueOn: action.dueOn,
      status: action.status,
      statusReason: action.statusReason ?? '',
      externalReference: action.externalReference ?? '',
    })),
    contingency: plan.contingency,
    evaluationOn: plan.evaluationOn ?? '',
  }
}

export function emptyGoal(): GoalDraft {
  return { id: newId(), text: '', targetOn: '', indicatorCodes: '', status: 'open', note: '' }
}

export function emptyAction(): ActionDraft {
  return {
    key: newId(), interventionId: '', interventionName: null, customTitle: '', goalIds: [], responsibleOrganisationId: '',
    responsibleOrganisationName: '', ownerName: '', startOn: '', dueOn: '', status: 'planned', statusReason: '', externalReference: '',
  }
}

/** A suggestion becomes an action only when the user asks; it links to no goal until the user says so. */
export function actionFromSuggestion(intervention: SuggestedIntervention): ActionDraft {
  return { ...emptyAction(), interventionId: intervention.id, interventionName: intervention.name }
}

const codes = (text: string) => text.split(',').map((code) => code.trim().toUpperCase()).filter(Boolean)
const orNull = (text: string) => (text.trim() ? text.trim() : null)

/** The PATCH body: every section the actor may see, whole (sections sent replace the saved ones). */
export function changesOf(draft: PlanDraft, plan: Pick<Plan, 'interpretationWithheld' | 'contingencyWithheld'>): PlanChanges {
  return {
    ...(plan.interpretationWithheld ? {} : { interpretation: draft.interpretation }),
    protectiveFactors: draft.protectiveFactors.map(({ indicatorCode, note }) => ({ indicatorCode: indicatorCode.trim().toUpperCase(), note })),
    goals: draft.goals.map((goal) => ({
      id: goal.id,
      text: goal.text,
      targetOn: goal.targetOn,
      indicatorCodes: codes(goal.indicatorCodes),
      status: goal.status,
      note: goal.note,
    })),
    actions: draft.actions.map((action) => ({
      ...(action.id ? { id: action.id } : {}),
      interventionId: action.interventionId || null,
      customTitle: action.interventionId ? null : action.customTitle,
      goalIds: action.goalIds.filter((id) => draft.goals.some((goal) => goal.id === id)),
      responsibleOrganisationId: action.responsibleOrganisationId,
      ownerName: action.ownerName,
      startOn: action.startOn,
      dueOn: action.dueOn,
      status: action.status,
      statusReason: orNull(action.statusReason),
      externalReference: orNull(action.externalReference),
    })),
    ...(plan.contingencyWithheld ? {} : { contingency: draft.contingency }),
    ...(draft.evaluationOn ? { evaluationOn: draft.evaluationOn } : {}),
  }
}
