import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { refreshAfterPlanChange } from './keys'
import type { Plan, StartPlanInput } from './planTypes'

/** A new draft, a copy of the plan in force; 409 while a draft or submitted version is open. */
export async function startPlan({ caseId, body = {} }: { caseId: string; body?: StartPlanInput }): Promise<Plan> {
  return unwrap(await api.POST('/api/v1/cases/{caseId}/plans', { params: { path: { caseId } }, body }))
}

export function useStartPlan() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: startPlan, onSuccess: (plan) => refreshAfterPlanChange(queryClient, plan) })
}
