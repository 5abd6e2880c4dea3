import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { refreshAfterPlanChange } from './keys'
import type { Plan } from './planTypes'

/** The author takes a version back: submitted -> draft, draft -> withdrawn. */
export async function withdrawPlan(planId: string): Promise<Plan> {
  return unwrap(await api.POST('/api/v1/plans/{planId}/withdraw', { params: { path: { planId } }, body: {} }))
}

export function useWithdrawPlan() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: withdrawPlan, onSuccess: (plan) => refreshAfterPlanChange(queryClient, plan) })
}
