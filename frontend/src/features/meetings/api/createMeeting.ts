import { useMutation, useQueryClient } from '@tanstack/react-query'
import { request } from './http'
import { refreshAfterMeetingChange } from './keys'
import type { Meeting, MeetingCreate } from './meetingTypes'

export function createMeeting(input: MeetingCreate) {
  return request<Meeting>('POST', '/meetings', { body: input })
}

export function useCreateMeeting() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: createMeeting, onSuccess: (meeting) => refreshAfterMeetingChange(queryClient, meeting) })
}
