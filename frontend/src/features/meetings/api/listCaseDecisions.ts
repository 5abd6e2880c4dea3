import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { meetingKeys } from './keys'
import type { CaseDecisions } from './meetingTypes'

/** Meeting decisions on a case, newest first. */
export async function listCaseDecisions(caseId: string): Promise<CaseDecisions> {
  return unwrap(await api.GET('/api/v1/cases/{caseId}/decisions', { params: { path: { caseId } } }))
}

export function useCaseDecisions(caseId: string) {
  return useQuery({ queryKey: meetingKeys.caseDecisions(caseId), queryFn: () => listCaseDecisions(caseId) })
}
