import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import type { CaseDetail, TransitionRequest } from '../../../lib/api/types'
import { caseKeys } from './keys'

type Variables = { caseId: string; body: TransitionRequest }

/** Moves the case one step. "reopen" answers 201 with a new case (previousCaseId is this one). */
export async function transitionCase({ caseId, body }: Variables): Promise<CaseDetail> {
  return unwrap(await api.POST('/api/v1/cases/{caseId}/transitions', { params: { path: { caseId } }, body }))
}

export function useTransitionCase() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: transitionCase,
    onSuccess: (detail, { caseId }) => {
      queryClient.setQueryData(caseKeys.detail(detail.id), detail)
      if (detail.id !== caseId) void queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) })
      void queryClient.invalidateQueries({ queryKey: caseKeys.lists })
    },
    onError: (_error, { caseId }) => queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) }),
  })
}
