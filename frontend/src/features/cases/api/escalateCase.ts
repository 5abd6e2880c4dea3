import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import type { EscalationRequest } from '../../../lib/api/types'
import { caseKeys } from './keys'

type Variables = { caseId: string; body: EscalationRequest }

/** Raises or lowers the escalation level; lowering needs at least one de-escalation criterion. */
export async function escalateCase({ caseId, body }: Variables) {
  return unwrap(await api.POST('/api/v1/cases/{caseId}/escalations', { params: { path: { caseId } }, body }))
}

export function useEscalateCase() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: escalateCase,
    onSuccess: (detail) => {
      queryClient.setQueryData(caseKeys.detail(detail.id), detail)
      void queryClient.invalidateQueries({ queryKey: caseKeys.lists })
    },
  })
}
