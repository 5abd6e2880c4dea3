import { Badge } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../../lib/api/problem'
import type { AgendaReason, DecisionType, LocalText, MeetingStatus, MeetingType, Visibility } from '../api/meetingTypes'

export const MEETING_TYPES = ['weighing', 'case_conference', 'escalation'] as const satisfies readonly MeetingType[]
export const VISIBILITIES = ['case_team', 'core_partners', 'own_organisation'] as const satisfies readonly Visibility[]
export const ANSWERS = ['yes', 'no', 'unknown'] as const
export const VIEWS = ['agree', 'disagree', 'abstain'] as const
export const LEVELS = [0, 1, 2, 3] as const
export const CONCERN_LEVELS = ['insufficient_information', 'low', 'elevated', 'high', 'acute'] as const
export const CLOSURE_REASONS = [
  'goals_achieved',
  'handed_over',
  'moved_away',
  'deceased',
  'no_action',
  'regular_care',
  'criminal_track',
  'other',
] as const
/** Organisation kinds whose view the weighing meeting records before it includes (gemeente, politie, OM). */
export const CORE_PARTNER_KINDS = ['municipality', 'police', 'prosecution']

/** The order the agenda builder groups proposals in. */
export const AGENDA_REASONS = [
  'acute_alert',
  'awaiting_weighing',
  'escalation_request',
  'plan_awaiting_approval',
  'review_due',
  'stalled_actions',
  'assessment_disagreement',
  'action_item_follow_up',
  'aftercare_follow_up',
  'other',
] as const satisfies readonly AgendaReason[]

const STATUS_COLOURS = {
  planned: 'purple',
  in_progress: 'yellow',
  closed: 'orange',
  minutes_approved: 'lime',
  cancelled: 'magenta',
} as const satisfies Record<MeetingStatus, string>

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation()
  return <Badge color={STATUS_COLOURS[status]} label={t(`meetings.status.${status}`)} />
}

export function useDecisionLabel() {
  const { t } = useTranslation()
  return (type: DecisionType) => t(`meetings.decisionType.${type}`)
}

export function useLocal() {
  const { i18n } = useTranslation()
  return (text: LocalText | null | undefined) => (text ? (i18n.language === 'en' ? text.en || text.nl : text.nl || text.en) : '')
}

/** invalidParams keyed by their full path ("checklist.B1", "views.<orgId>", "items.0.note"), body prefix dropped. */
export function pathErrors(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!(error instanceof ApiError) || error.status !== 400) return errors
  for (const { name, reason } of error.problem.invalidParams ?? []) {
    const key = name.replace(/\[(\d+)\]/g, '.$1').replace(/^body\./, '')
    errors[key] ??= reason
  }
  return errors
}

/** A safe element id from a field path. */
export function fieldId(path: string): string {
  return `meeting-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`
}
