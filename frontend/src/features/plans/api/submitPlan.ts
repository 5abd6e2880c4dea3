import { useMutation, useQueryClient } from '@tanstack/react-query'
import { request } from './http'
import { refreshAfterPlanChange } from './keys'
import type { Plan } from './planTypes'

/** Draft -> submitted; 400 when the plan has no goal or no evaluation date. */
export function submitPlan(planId: string) {
  return request<Plan>('POST', `/plans/${encodeURIComponent(planId)}/submit`, { body: {} })
}

export function useSubmitPlan() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: submitPlan, onSuccess: (plan) => refreshAfterPlanChange(queryClient, plan) })
}
