import { useMutation, useQueryClient } from '@tanstack/react-query'
import { request } from './http'
import { refreshAfterPlanChange } from './keys'
import type { ActionStatusReport, Plan } from './planTypes'

type Variables = { planId: string; actionId: string; report: ActionStatusReport }

/** A status update on an action of the plan in force; partners only for their own organisation's actions. */
export function reportActionStatus({ planId, actionId, report }: Variables) {
  return request<Plan>('POST', `/plans/${encodeURIComponent(planId)}/actions/${encodeURIComponent(actionId)}/status`, { body: report })
}

export function useReportActionStatus() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: reportActionStatus, onSuccess: (plan) => refreshAfterPlanChange(queryClient, plan) })
}
