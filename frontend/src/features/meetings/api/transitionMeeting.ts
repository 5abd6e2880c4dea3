import { useMutation, useQueryClient } from '@tanstack/react-query'
import { request, seg } from './http'
import { refreshAfterMeetingChange } from './keys'
import type { Meeting, MeetingTransition } from './meetingTypes'

type Variables = { meetingId: string; transition: MeetingTransition }

/** start, close, approve_minutes or cancel; 409 when the meeting's status does not allow it. */
export function transitionMeeting({ meetingId, transition }: Variables) {
  return request<Meeting>('POST', `/meetings/${seg(meetingId)}/transitions`, { body: { transition } })
}

export function useTransitionMeeting() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: transitionMeeting, onSuccess: (meeting) => refreshAfterMeetingChange(queryClient, meeting) })
}
