import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import type { ParticipantCreate } from '../../../lib/api/types'
import { caseKeys } from './keys'

type Variables = { caseId: string; body: ParticipantCreate }

export async function addParticipant({ caseId, body }: Variables) {
  return unwrap(await api.POST('/api/v1/cases/{caseId}/participants', { params: { path: { caseId } }, body }))
}

export function useAddParticipant() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: addParticipant,
    onSuccess: (_participant, { caseId }) => queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) }),
  })
}
