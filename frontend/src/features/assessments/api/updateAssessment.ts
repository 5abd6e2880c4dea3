import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { ifMatch, unwrap } from '../../../lib/api/problem'
import { assessmentKeys } from './keys'
import type { AssessmentUpdate } from './types'

type Variables = { assessmentId: string; version: number; changes: AssessmentUpdate }

/** PATCH a draft with If-Match: 412 if someone saved in between, 409 once it is submitted. */
export async function updateAssessment({ assessmentId, version, changes }: Variables) {
  return unwrap(
    await api.PATCH('/api/v1/assessments/{assessmentId}', {
      params: { path: { assessmentId }, header: { 'If-Match': ifMatch(version) } },
      body: changes,
    }),
  )
}

export function useUpdateAssessment() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateAssessment,
    onSuccess: (saved) => {
      queryClient.setQueryData(assessmentKeys.detail(saved.id), saved)
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.caseAssessments(saved.caseId) })
    },
  })
}
