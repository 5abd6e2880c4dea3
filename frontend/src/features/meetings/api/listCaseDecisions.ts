import { useQuery } from '@tanstack/react-query'
import { request, seg } from './http'
import { meetingKeys } from './keys'
import type { CaseDecisions } from './meetingTypes'

/** Meeting decisions on a case, newest first. */
export function listCaseDecisions(caseId: string) {
  return request<CaseDecisions>('GET', `/cases/${seg(caseId)}/decisions`)
}

export function useCaseDecisions(caseId: string) {
  return useQuery({ queryKey: meetingKeys.caseDecisions(caseId), queryFn: () => listCaseDecisions(caseId) })
}
