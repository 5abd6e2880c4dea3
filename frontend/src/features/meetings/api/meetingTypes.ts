// Meetings: generated from the API schema (openapi/v1.json -> src/api/schema.d.ts).
import type { components } from '../../../api/schema'

type Schemas = components['schemas']

export type ConcernLevel = Schemas['ConcernLevel']
export type ClosureReason = Schemas['ClosureReason']
export type MeetingType = Schemas['MeetingType']
export type MeetingStatus = Schemas['MeetingStatus']
export type MeetingTransition = Schemas['MeetingTransition']
export type AgendaReason = Schemas['AgendaReason']
export type DecisionType = Schemas['DecisionType']
export type Answer = Schemas['Answer']
export type View = Schemas['View']
export type Visibility = Schemas['JournalVisibility']

export type OrganisationBrief = Schemas['OrganisationBriefOut']
export type MeetingSummary = Schemas['MeetingSummaryOut']
export type MeetingList = Schemas['MeetingListOut']
export type Decision = Schemas['DecisionOut']
export type MinuteNote = Schemas['MinuteNoteOut']
export type ActionItem = Schemas['ActionItemOut']
export type AgendaItem = Schemas['AgendaItemOut']
export type MeetingAllowed = Schemas['MeetingAllowedOut']
export type Meeting = Schemas['MeetingOut']
export type Proposal = Schemas['ProposalOut']
export type ProposalList = Schemas['ProposalListOut']
export type LocalText = Schemas['LocalTextOut']
export type ChecklistItem = Schemas['ChecklistItemOut']
export type Checklists = Schemas['ChecklistsOut']
export type Minutes = Schemas['MinutesOut']
export type CaseDecision = Schemas['CaseDecisionOut']
export type CaseDecisions = Schemas['CaseDecisionsOut']

// Inputs
export type MeetingCreate = Schemas['MeetingCreate']
export type MeetingChanges = Schemas['MeetingChanges']
export type AgendaItemInput = Schemas['AgendaItemIn']
/** The whole agenda, in order. */
export type AgendaInput = Schemas['AgendaIn']
export type TransitionInput = Schemas['MeetingTransitionIn']
export type DecisionInput = Schemas['DecisionIn']
export type NoteInput = Schemas['NoteIn']
export type ActionItemInput = Schemas['ActionItemIn']
export type ActionItemDone = Schemas['ActionItemDoneIn']

/** Calendar filters: days (YYYY-MM-DD), both inclusive. */
export type MeetingFilters = { from: string; to: string; type?: MeetingType }
