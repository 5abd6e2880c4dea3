import { useMutation, useQueryClient } from '@tanstack/react-query'
import { request } from './http'
import { refreshAfterPlanChange } from './keys'
import type { Plan, PlanChanges } from './planTypes'

type Variables = { planId: string; version: number; changes: PlanChanges }

/** PATCH a draft with If-Match: 412 when someone saved in between, 409 once it is no longer a draft. */
export function updatePlan({ planId, version, changes }: Variables) {
  return request<Plan>('PATCH', `/plans/${encodeURIComponent(planId)}`, { body: changes, version })
}

export function useUpdatePlan() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: updatePlan, onSuccess: (plan) => refreshAfterPlanChange(queryClient, plan) })
}
