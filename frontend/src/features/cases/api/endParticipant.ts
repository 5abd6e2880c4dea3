import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { caseKeys } from './keys'

type Variables = { caseId: string; participantId: string; reason: string }

/** Ends a participation; it stays on the case as history. */
export async function endParticipant({ caseId, participantId, reason }: Variables) {
  return unwrap(
    await api.POST('/api/v1/cases/{caseId}/participants/{participantId}/end', {
      params: { path: { caseId, participantId } },
      body: { reason },
    }),
  )
}

export function useEndParticipant() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: endParticipant,
    onSuccess: (_participant, { caseId }) => queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) }),
  })
}
