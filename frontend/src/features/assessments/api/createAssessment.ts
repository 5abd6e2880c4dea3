import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { assessmentKeys } from './keys'
import type { AssessmentCreate } from './types'

type Variables = { caseId: string; body: AssessmentCreate }

/** Starts a draft assessment on the published framework version (unless another is named). */
export async function createAssessment({ caseId, body }: Variables) {
  return unwrap(await api.POST('/api/v1/cases/{caseId}/assessments', { params: { path: { caseId } }, body }))
}

export function useCreateAssessment() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createAssessment,
    onSuccess: (created, { caseId }) => {
      queryClient.setQueryData(assessmentKeys.detail(created.id), created)
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.caseAssessments(caseId) })
    },
  })
}
