import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { planKeys } from './keys'
import type { PlanDiff } from './planTypes'

/** What changed between two versions of the same case's plan. */
export async function getPlanDiff(planId: string, against: string): Promise<PlanDiff> {
  return unwrap(await api.GET('/api/v1/plans/{planId}/diff', { params: { path: { planId }, query: { against } } }))
}

export function usePlanDiff(planId: string, against: string | undefined) {
  return useQuery({
    queryKey: planKeys.diff(planId, against),
    queryFn: () => getPlanDiff(planId, against ?? ''),
    enabled: Boolean(planId && against),
  })
}
