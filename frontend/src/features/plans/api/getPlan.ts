import { useQuery } from '@tanstack/react-query'
import { request } from './http'
import { planKeys } from './keys'
import type { Plan } from './planTypes'

/** One version of a plan, with what the actor may do with it (`allowed`) and its version for If-Match. */
export function getPlan(planId: string) {
  return request<Plan>('GET', `/plans/${encodeURIComponent(planId)}`)
}

export function usePlan(planId: string | undefined) {
  return useQuery({ queryKey: planKeys.plan(planId ?? ''), queryFn: () => getPlan(planId ?? ''), enabled: Boolean(planId) })
}
