import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { meetingKeys } from './keys'
import type { MeetingFilters, MeetingList } from './meetingTypes'

/** The calendar: meetings from `from` to `to` (dates, inclusive); partners see only their organisation's meetings. */
export async function listMeetings(filters: MeetingFilters): Promise<MeetingList> {
  return unwrap(await api.GET('/api/v1/meetings', { params: { query: filters } }))
}

export function useMeetings(filters: MeetingFilters) {
  return useQuery({ queryKey: meetingKeys.list(filters), queryFn: () => listMeetings(filters), placeholderData: keepPreviousData })
}
