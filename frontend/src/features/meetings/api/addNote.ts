import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { refreshAfterMeetingChange } from './keys'
import type { Meeting, NoteInput } from './meetingTypes'

type Variables = { meetingId: string; itemId: string; note: NoteInput }

/** Minutes for one agenda item, with who may read them. */
export async function addNote({ meetingId, itemId, note }: Variables): Promise<Meeting> {
  return unwrap(
    await api.POST('/api/v1/meetings/{meetingId}/items/{itemId}/notes', {
      params: { path: { meetingId, itemId } },
      body: note,
    }),
  )
}

export function useAddNote() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: addNote, onSuccess: (meeting) => refreshAfterMeetingChange(queryClient, meeting) })
}
