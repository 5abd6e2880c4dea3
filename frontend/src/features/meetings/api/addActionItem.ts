import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { refreshAfterMeetingChange } from './keys'
import type { ActionItemInput, Meeting } from './meetingTypes'

type Variables = { meetingId: string; itemId: string; actionItem: ActionItemInput }

/** An action item on one agenda item; it returns on the next agenda until done. */
export async function addActionItem({ meetingId, itemId, actionItem }: Variables): Promise<Meeting> {
  return unwrap(
    await api.POST('/api/v1/meetings/{meetingId}/items/{itemId}/action-items', {
      params: { path: { meetingId, itemId } },
      body: actionItem,
    }),
  )
}

export function useAddActionItem() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: addActionItem, onSuccess: (meeting) => refreshAfterMeetingChange(queryClient, meeting) })
}
