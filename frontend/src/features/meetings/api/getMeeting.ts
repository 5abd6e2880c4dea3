import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { meetingKeys } from './keys'
import type { Meeting } from './meetingTypes'

/** One meeting with its agenda (only the items of cases the actor may see), what the actor may do, and its version. */
export async function getMeeting(meetingId: string): Promise<Meeting> {
  return unwrap(await api.GET('/api/v1/meetings/{meetingId}', { params: { path: { meetingId } } }))
}

export function useMeeting(meetingId: string) {
  return useQuery({ queryKey: meetingKeys.meeting(meetingId), queryFn: () => getMeeting(meetingId), enabled: Boolean(meetingId) })
}
