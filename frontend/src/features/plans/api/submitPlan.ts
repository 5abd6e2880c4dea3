import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { refreshAfterPlanChange } from './keys'
import type { Plan } from './planTypes'

/** Draft -> submitted; 400 when the plan has no goal or no evaluation date. */
export async function submitPlan(planId: string): Promise<Plan> {
  return unwrap(await api.POST('/api/v1/plans/{planId}/submit', { params: { path: { planId } }, body: {} }))
}

export function useSubmitPlan() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: submitPlan, onSuccess: (plan) => refreshAfterPlanChange(queryClient, plan) })
}
