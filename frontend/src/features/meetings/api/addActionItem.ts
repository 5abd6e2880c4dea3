import { useMutation, useQueryClient } from '@tanstack/react-query'
import { request, seg } from './http'
import { refreshAfterMeetingChange } from './keys'
import type { ActionItemInput, Meeting } from './meetingTypes'

type Variables = { meetingId: string; itemId: string; actionItem: ActionItemInput }

/** An action item on one agenda item; it returns on the next agenda until done. */
export function addActionItem({ meetingId, itemId, actionItem }: Variables) {
  return request<Meeting>('POST', `/meetings/${seg(meetingId)}/items/${seg(itemId)}/action-items`, { body: actionItem })
}

export function useAddActionItem() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: addActionItem, onSuccess: (meeting) => refreshAfterMeetingChange(queryClient, meeting) })
}
