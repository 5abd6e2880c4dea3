import { useQuery } from '@tanstack/react-query'
import { request, seg } from './http'
import { meetingKeys } from './keys'
import type { Minutes } from './meetingTypes'

/** The printable minutes, as `organisationId` sees them (directors choose; partners always get their own). */
export function getMinutes(meetingId: string, organisationId?: string) {
  return request<Minutes>('GET', `/meetings/${seg(meetingId)}/minutes`, { query: { organisationId } })
}

export function useMinutes(meetingId: string, organisationId?: string) {
  return useQuery({
    queryKey: meetingKeys.minutes(meetingId, organisationId),
    queryFn: () => getMinutes(meetingId, organisationId),
  })
}
