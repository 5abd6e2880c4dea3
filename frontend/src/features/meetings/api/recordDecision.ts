import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { refreshAfterMeetingChange } from './keys'
import type { DecisionInput, Meeting } from './meetingTypes'

type Variables = { meetingId: string; itemId: string; caseId: string; decision: DecisionInput }

/** A decision on one agenda item; it changes the case. 400/409 mean nothing was stored. */
export async function recordDecision({ meetingId, itemId, decision }: Variables): Promise<Meeting> {
  return unwrap(
    await api.POST('/api/v1/meetings/{meetingId}/items/{itemId}/decisions', {
      params: { path: { meetingId, itemId } },
      body: decision,
    }),
  )
}

export function useRecordDecision() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: recordDecision,
    onSuccess: (meeting, { caseId }) => refreshAfterMeetingChange(queryClient, meeting, caseId),
  })
}
