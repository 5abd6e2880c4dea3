import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { assessmentKeys } from './keys'

/** The case's assessments, oldest first; profiles count only the ratings the actor may see. */
export async function listCaseAssessments(caseId: string) {
  return unwrap(await api.GET('/api/v1/cases/{caseId}/assessments', { params: { path: { caseId } } }))
}

export function useCaseAssessments(caseId: string) {
  return useQuery({ queryKey: assessmentKeys.caseAssessments(caseId), queryFn: () => listCaseAssessments(caseId) })
}
