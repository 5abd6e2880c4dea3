import { useQuery } from '@tanstack/react-query'
import { request } from './http'
import { planKeys } from './keys'
import type { PlanDiff } from './planTypes'

/** What changed between two versions of the same case's plan. */
export function getPlanDiff(planId: string, against: string) {
  return request<PlanDiff>('GET', `/plans/${encodeURIComponent(planId)}/diff`, { query: { against } })
}

export function usePlanDiff(planId: string, against: string | undefined) {
  return useQuery({
    queryKey: planKeys.diff(planId, against),
    queryFn: () => getPlanDiff(planId, against ?? ''),
    enabled: Boolean(planId && against),
  })
}
