import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { planKeys } from './keys'
import type { Plan } from './planTypes'

/** One version of a plan, with what the actor may do with it (`allowed`) and its version for If-Match. */
export async function getPlan(planId: string): Promise<Plan> {
  return unwrap(await api.GET('/api/v1/plans/{planId}', { params: { path: { planId } } }))
}

export function usePlan(planId: string | undefined) {
  return useQuery({ queryKey: planKeys.plan(planId ?? ''), queryFn: () => getPlan(planId ?? ''), enabled: Boolean(planId) })
}
