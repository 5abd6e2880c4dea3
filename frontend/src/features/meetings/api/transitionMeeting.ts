import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { refreshAfterMeetingChange } from './keys'
import type { Meeting, MeetingTransition } from './meetingTypes'

type Variables = { meetingId: string; transition: MeetingTransition }

/** start, close, approve_minutes or cancel; 409 when the meeting's status does not allow it. */
export async function transitionMeeting({ meetingId, transition }: Variables): Promise<Meeting> {
  return unwrap(
    await api.POST('/api/v1/meetings/{meetingId}/transitions', {
      params: { path: { meetingId } },
      body: { transition },
    }),
  )
}

export function useTransitionMeeting() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: transitionMeeting, onSuccess: (meeting) => refreshAfterMeetingChange(queryClient, meeting) })
}
