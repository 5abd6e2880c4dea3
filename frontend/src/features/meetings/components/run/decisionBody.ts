import { todayIso } from '../../../../lib/i18n/format'
import type { ActionItemInput, Answer, Checklists, DecisionInput, DecisionType, View } from '../../api/meetingTypes'
import type { Extras } from './DecisionExtras'

export type FollowUp = ActionItemInput

/** Dutch practice: the information asked for is due in four weeks unless the table agrees otherwise. */
export const FOLLOW_UP_DAYS = 28

export function emptyFollowUp(now: Date = new Date()): FollowUp {
  const due = new Date(now.getFullYear(), now.getMonth(), now.getDate() + FOLLOW_UP_DAYS)
  return { text: '', ownerName: '', organisationId: '', dueOn: todayIso(due) }
}

/** Decision types that must come with an action item (the server refuses them without one). */
export function needsFollowUp(type: DecisionType): boolean {
  return type === 'request_more_information'
}

/** The checklist a decision type requires, if any. */
export function checklistFor(type: DecisionType): keyof Checklists | null {
  if (type === 'include') return 'weighing'
  if (type === 'de_escalate') return 'deEscalation'
  if (type === 'close') return 'closing'
  return null
}

type Draft = {
  type: DecisionType
  rationale: string
  dissent: string
  answers: Record<string, Answer>
  views: Record<string, View>
  extras: Extras
  followUp: FollowUp
}

/** The POST body: only the fields the chosen type uses; the checklist only with that type's codes. */
export function decisionBody(draft: Draft, checklists: Checklists | undefined, coreOrganisationIds: string[]): DecisionInput {
  const { type, extras } = draft
  const body: DecisionInput = { type, rationale: draft.rationale.trim(), dissent: draft.dissent.trim() }
  const kind = checklistFor(type)
  if (kind) {
    const checklist: Record<string, Answer> = {}
    for (const item of checklists?.[kind] ?? []) {
      const answer = draft.answers[item.code]
      if (answer) checklist[item.code] = answer
    }
    body.checklist = checklist
  }
  if (type === 'include') {
    const views: Record<string, View> = {}
    for (const id of coreOrganisationIds) if (draft.views[id]) views[id] = draft.views[id]
    body.views = views
  }
  if ((type === 'escalate' || type === 'de_escalate') && extras.level !== '') body.level = Number(extras.level)
  if (type === 'agree_concern_level' && extras.concernLevel) {
    body.concernLevel = extras.concernLevel as DecisionInput['concernLevel']
  }
  if (type === 'close' && extras.closureReason) body.closureReason = extras.closureReason as DecisionInput['closureReason']
  if (type === 'assign_regisseur' && extras.regisseurId) body.regisseurId = extras.regisseurId
  if (type === 'approve_plan' && extras.planId) body.planId = extras.planId
  if (needsFollowUp(type)) {
    const { followUp } = draft
    body.followUp = { ...followUp, text: followUp.text.trim(), ownerName: followUp.ownerName.trim() }
  }
  return body
}
