import { useMutation, useQueryClient } from '@tanstack/react-query'
import { request } from './http'
import { planKeys, refreshAfterPlanChange } from './keys'
import type { ApprovalInput, Plan } from './planTypes'

/** Submitted -> approved, superseding the plan in force; 403 for the plan's author. */
export function approvePlan({ planId, body }: { planId: string; body: ApprovalInput }) {
  return request<Plan>('POST', `/plans/${encodeURIComponent(planId)}/approve`, { body })
}

export function useApprovePlan() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: approvePlan,
    onSuccess: (plan) => {
      refreshAfterPlanChange(queryClient, plan)
      // The version it supersedes changed too.
      void queryClient.invalidateQueries({ queryKey: planKeys.details })
    },
  })
}
