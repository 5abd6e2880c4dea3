import { Badge } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../../lib/api/problem'
import type { ActionStatus, GoalStatus, LocalText, PlanStatus } from '../api/planTypes'

/** The dimensions every framework has (domain/assessment/framework.py), for the catalogue filter. */
export const DIMENSIONS = ['ideology', 'vulnerability', 'network', 'intent_behaviour', 'capability', 'protective'] as const

export function useLocal() {
  const { i18n } = useTranslation()
  return (text: LocalText | null | undefined) => (text ? (i18n.language === 'en' ? text.en || text.nl : text.nl || text.en) : '')
}

const PLAN_COLOURS = {
  draft: 'yellow',
  submitted: 'orange',
  approved: 'lime',
  superseded: 'purple',
  withdrawn: 'purple',
} as const satisfies Record<PlanStatus, string>

const ACTION_COLOURS = {
  planned: 'purple',
  running: 'yellow',
  done: 'lime',
  stalled: 'magenta',
  cancelled: 'purple',
} as const satisfies Record<ActionStatus, string>

const GOAL_COLOURS = {
  open: 'purple',
  on_track: 'yellow',
  achieved: 'lime',
  not_achieved: 'magenta',
  dropped: 'purple',
} as const satisfies Record<GoalStatus, string>

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation()
  return <Badge color={PLAN_COLOURS[status]} label={t(`plans.planStatus.${status}`)} />
}

export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useTranslation()
  return <Badge color={ACTION_COLOURS[status]} label={t(`plans.actionStatus.${status}`)} />
}

export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  const { t } = useTranslation()
  return <Badge color={GOAL_COLOURS[status]} label={t(`plans.goalStatus.${status}`)} />
}

/** invalidParams keyed by their full path ("goals.0.text", "actions.1.interventionId"), body prefix dropped. */
export function pathErrors(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!(error instanceof ApiError) || error.status !== 400) return errors
  for (const { name, reason } of error.problem.invalidParams ?? []) {
    const key = name.replace(/\[(\d+)\]/g, '.$1').replace(/^body\./, '')
    errors[key] ??= reason
  }
  return errors
}

/** A fresh id for a new goal or action; the server keeps it stable across versions. */
export function newId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID()
  return `${Date.now().toString(16)}-${Math.random().toString(16).slice(2)}`
}
