import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { request } from './http'
import { meetingKeys } from './keys'
import type { MeetingFilters, MeetingList } from './meetingTypes'

/** The calendar: meetings from `from` to `to` (dates, inclusive); partners see only their organisation's meetings. */
export function listMeetings(filters: MeetingFilters) {
  return request<MeetingList>('GET', '/meetings', { query: filters })
}

export function useMeetings(filters: MeetingFilters) {
  return useQuery({ queryKey: meetingKeys.list(filters), queryFn: () => listMeetings(filters), placeholderData: keepPreviousData })
}
