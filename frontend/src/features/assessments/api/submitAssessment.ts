import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { ifMatch, unwrap } from '../../../lib/api/problem'
import { assessmentKeys, CASES_QUERY_PREFIX } from './keys'
import type { AssessmentSubmit } from './types'

type Variables = { assessmentId: string; version: number; body: AssessmentSubmit }

/** Sets the final level; from then on the assessment is immutable. May raise an acute alert. */
export async function submitAssessment({ assessmentId, version, body }: Variables) {
  return unwrap(
    await api.POST('/api/v1/assessments/{assessmentId}/submit', {
      params: { path: { assessmentId }, header: { 'If-Match': ifMatch(version) } },
      body,
    }),
  )
}

export function useSubmitAssessment() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: submitAssessment,
    onSuccess: (submitted) => {
      const { caseId } = submitted
      queryClient.setQueryData(assessmentKeys.detail(submitted.id), submitted)
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.caseAssessments(caseId) })
      // Submitting may raise an acute alert: the case's alerts and the open alerts across cases.
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.alerts })
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.comparison(caseId) })
      void queryClient.invalidateQueries({ queryKey: CASES_QUERY_PREFIX })
    },
  })
}
