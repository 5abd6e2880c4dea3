import { useMutation, useQueryClient } from '@tanstack/react-query'
import { request } from './http'
import { refreshAfterPlanChange } from './keys'
import type { Plan, StartPlanInput } from './planTypes'

/** A new draft, a copy of the plan in force; 409 while a draft or submitted version is open. */
export function startPlan({ caseId, body = {} }: { caseId: string; body?: StartPlanInput }) {
  return request<Plan>('POST', `/cases/${encodeURIComponent(caseId)}/plans`, { body })
}

export function useStartPlan() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: startPlan, onSuccess: (plan) => refreshAfterPlanChange(queryClient, plan) })
}
