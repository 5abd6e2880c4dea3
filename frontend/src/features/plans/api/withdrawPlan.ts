import { useMutation, useQueryClient } from '@tanstack/react-query'
import { request } from './http'
import { refreshAfterPlanChange } from './keys'
import type { Plan } from './planTypes'

/** The author takes a version back: submitted -> draft, draft -> withdrawn. */
export function withdrawPlan(planId: string) {
  return request<Plan>('POST', `/plans/${encodeURIComponent(planId)}/withdraw`, { body: {} })
}

export function useWithdrawPlan() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: withdrawPlan, onSuccess: (plan) => refreshAfterPlanChange(queryClient, plan) })
}
