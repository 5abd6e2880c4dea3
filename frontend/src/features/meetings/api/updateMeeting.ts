import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { ifMatch, unwrap } from '../../../lib/api/problem'
import { refreshAfterMeetingChange } from './keys'
import type { Meeting, MeetingChanges } from './meetingTypes'

type Variables = { meetingId: string; version: number; changes: MeetingChanges }

/** PATCH only the changed fields with If-Match: 412 when someone saved in between, 409 once the meeting is over. */
export async function updateMeeting({ meetingId, version, changes }: Variables): Promise<Meeting> {
  return unwrap(
    await api.PATCH('/api/v1/meetings/{meetingId}', {
      params: { path: { meetingId }, header: { 'If-Match': ifMatch(version) } },
      body: changes,
    }),
  )
}

/** Stores the answer as the meeting and refreshes the calendar lists that show its moment and place. */
export function useUpdateMeeting() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: updateMeeting, onSuccess: (meeting) => refreshAfterMeetingChange(queryClient, meeting) })
}
