import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { assessmentKeys } from './keys'

/** The latest submitted assessment per perspective, side by side, with the disagreements to discuss. */
export async function getComparison(caseId: string) {
  return unwrap(await api.GET('/api/v1/cases/{caseId}/assessment-comparison', { params: { path: { caseId } } }))
}

export function useComparison(caseId: string) {
  return useQuery({ queryKey: assessmentKeys.comparison(caseId), queryFn: () => getComparison(caseId) })
}
