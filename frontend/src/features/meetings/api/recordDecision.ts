import { useMutation, useQueryClient } from '@tanstack/react-query'
import { request, seg } from './http'
import { refreshAfterMeetingChange } from './keys'
import type { DecisionInput, Meeting } from './meetingTypes'

type Variables = { meetingId: string; itemId: string; caseId: string; decision: DecisionInput }

/** A decision on one agenda item; it changes the case. 400/409 mean nothing was stored. */
export function recordDecision({ meetingId, itemId, decision }: Variables) {
  return request<Meeting>('POST', `/meetings/${seg(meetingId)}/items/${seg(itemId)}/decisions`, { body: decision })
}

export function useRecordDecision() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: recordDecision,
    onSuccess: (meeting, { caseId }) => refreshAfterMeetingChange(queryClient, meeting, caseId),
  })
}
