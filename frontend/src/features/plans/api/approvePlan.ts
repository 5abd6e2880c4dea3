import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { planKeys, refreshAfterPlanChange } from './keys'
import type { ApprovalInput, Plan } from './planTypes'

/** Submitted -> approved, superseding the plan in force; 403 for the plan's author. */
export async function approvePlan({ planId, body }: { planId: string; body: ApprovalInput }): Promise<Plan> {
  return unwrap(await api.POST('/api/v1/plans/{planId}/approve', { params: { path: { planId } }, body }))
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
