import { useMutation, useQueryClient } from '@tanstack/react-query'
import { request, seg } from './http'
import { refreshAfterMeetingChange } from './keys'
import type { Meeting, NoteInput } from './meetingTypes'

type Variables = { meetingId: string; itemId: string; note: NoteInput }

/** Minutes for one agenda item, with who may read them. */
export function addNote({ meetingId, itemId, note }: Variables) {
  return request<Meeting>('POST', `/meetings/${seg(meetingId)}/items/${seg(itemId)}/notes`, { body: note })
}

export function useAddNote() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: addNote, onSuccess: (meeting) => refreshAfterMeetingChange(queryClient, meeting) })
}
