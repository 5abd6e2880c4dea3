import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { planKeys } from './keys'
import type { PlanList } from './planTypes'

/** The case's plan versions, newest first; drafts and submitted versions only for the case's directors. */
export async function listCasePlans(caseId: string): Promise<PlanList> {
  return unwrap(await api.GET('/api/v1/cases/{caseId}/plans', { params: { path: { caseId } } }))
}

export function useCasePlans(caseId: string, enabled = true) {
  return useQuery({ queryKey: planKeys.casePlans(caseId), queryFn: () => listCasePlans(caseId), enabled: enabled && Boolean(caseId) })
}
