import { useQuery } from '@tanstack/react-query'
import { request } from './http'
import { planKeys } from './keys'
import type { PlanList } from './planTypes'

/** The case's plan versions, newest first; drafts and submitted versions only for the case's directors. */
export function listCasePlans(caseId: string) {
  return request<PlanList>('GET', `/cases/${encodeURIComponent(caseId)}/plans`)
}

export function useCasePlans(caseId: string, enabled = true) {
  return useQuery({ queryKey: planKeys.casePlans(caseId), queryFn: () => listCasePlans(caseId), enabled: enabled && Boolean(caseId) })
}
