import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { assessmentKeys } from './keys'

/** One assessment as the actor may see it (withheld ratings show presence only). Every read is audited. */
export async function getAssessment(assessmentId: string) {
  return unwrap(await api.GET('/api/v1/assessments/{assessmentId}', { params: { path: { assessmentId } } }))
}

export function useAssessment(assessmentId: string) {
  return useQuery({ queryKey: assessmentKeys.detail(assessmentId), queryFn: () => getAssessment(assessmentId) })
}
