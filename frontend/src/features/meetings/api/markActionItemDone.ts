import { useMutation, useQueryClient } from '@tanstack/react-query'
import { request, seg } from './http'
import { refreshAfterMeetingChange } from './keys'
import type { ActionItemDone, Meeting } from './meetingTypes'

type Variables = { meetingId: string; actionItemId: string; done?: ActionItemDone }

export function markActionItemDone({ meetingId, actionItemId, done = { note: '' } }: Variables) {
  return request<Meeting>('POST', `/meetings/${seg(meetingId)}/action-items/${seg(actionItemId)}/done`, { body: done })
}

export function useMarkActionItemDone() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: markActionItemDone, onSuccess: (meeting) => refreshAfterMeetingChange(queryClient, meeting) })
}
