import { useQuery } from '@tanstack/react-query'
import { request, seg } from './http'
import { meetingKeys } from './keys'
import type { Meeting } from './meetingTypes'

/** One meeting with its agenda (only the items of cases the actor may see), what the actor may do, and its version. */
export function getMeeting(meetingId: string) {
  return request<Meeting>('GET', `/meetings/${seg(meetingId)}`)
}

export function useMeeting(meetingId: string) {
  return useQuery({ queryKey: meetingKeys.meeting(meetingId), queryFn: () => getMeeting(meetingId), enabled: Boolean(meetingId) })
}
