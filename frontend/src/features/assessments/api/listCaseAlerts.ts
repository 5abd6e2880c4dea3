import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { assessmentKeys } from './keys'

/** Acute alerts raised on the case, open ones first. */
export async function listCaseAlerts(caseId: string) {
  return unwrap(await api.GET('/api/v1/cases/{caseId}/alerts', { params: { path: { caseId } } }))
}

export function useCaseAlerts(caseId: string) {
  return useQuery({ queryKey: assessmentKeys.caseAlerts(caseId), queryFn: () => listCaseAlerts(caseId) })
}
