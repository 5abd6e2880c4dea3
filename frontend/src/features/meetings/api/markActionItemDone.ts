import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { refreshAfterMeetingChange } from './keys'
import type { ActionItemDone, Meeting } from './meetingTypes'

type Variables = { meetingId: string; actionItemId: string; done?: ActionItemDone }

export async function markActionItemDone({ meetingId, actionItemId, done = { note: '' } }: Variables): Promise<Meeting> {
  return unwrap(
    await api.POST('/api/v1/meetings/{meetingId}/action-items/{actionItemId}/done', {
      params: { path: { meetingId, actionItemId } },
      body: done,
    }),
  )
}

export function useMarkActionItemDone() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: markActionItemDone, onSuccess: (meeting) => refreshAfterMeetingChange(queryClient, meeting) })
}
