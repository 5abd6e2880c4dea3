import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { refreshAfterMeetingChange } from './keys'
import type { Meeting, MeetingCreate } from './meetingTypes'

export async function createMeeting(input: MeetingCreate): Promise<Meeting> {
  return unwrap(await api.POST('/api/v1/meetings', { body: input }))
}

export function useCreateMeeting() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: createMeeting, onSuccess: (meeting) => refreshAfterMeetingChange(queryClient, meeting) })
}
