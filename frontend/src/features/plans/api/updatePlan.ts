import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { ifMatch, unwrap } from '../../../lib/api/problem'
import { refreshAfterPlanChange } from './keys'
import type { Plan, PlanChanges } from './planTypes'

type Variables = { planId: string; version: number; changes: PlanChanges }

/** PATCH a draft with If-Match: 412 when someone saved in between, 409 once it is no longer a draft. */
export async function updatePlan({ planId, version, changes }: Variables): Promise<Plan> {
  return unwrap(
    await api.PATCH('/api/v1/plans/{planId}', {
      params: { path: { planId }, header: { 'If-Match': ifMatch(version) } },
      body: changes,
    }),
  )
}

export function useUpdatePlan() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: updatePlan, onSuccess: (plan) => refreshAfterPlanChange(queryClient, plan) })
}
