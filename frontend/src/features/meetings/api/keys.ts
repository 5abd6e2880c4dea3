import type { QueryClient } from '@tanstack/react-query'
import type { Meeting, MeetingFilters } from './meetingTypes'

export const meetingKeys = {
  all: ['meetings'] as const,
  lists: ['meetings', 'list'] as const,
  list: (filters: MeetingFilters) => ['meetings', 'list', filters] as const,
  meeting: (id: string) => ['meetings', 'detail', id] as const,
  proposals: (id: string) => ['meetings', 'proposals', id] as const,
  minutes: (id: string, organisationId: string | undefined) => ['meetings', 'minutes', id, organisationId ?? null] as const,
  checklists: ['meetings', 'checklists'] as const,
  organisations: ['meetings', 'organisations'] as const,
  caseDecisions: (caseId: string) => ['meetings', 'case-decisions', caseId] as const,
  regisseurCandidates: (caseId: string) => ['meetings', 'regisseur-candidates', caseId] as const,
  casePlans: (caseId: string) => ['meetings', 'case-plans', caseId] as const,
  caseSearch: (q: string) => ['meetings', 'case-search', q] as const,
}

/** The cases feature caches case details under ['cases']; a decision changes the case. */
const CASES_QUERY_PREFIX = ['cases'] as const

/** After any change to a meeting: store the answer, and refresh what depends on it. */
export function refreshAfterMeetingChange(queryClient: QueryClient, meeting: Meeting, caseId?: string) {
  queryClient.setQueryData(meetingKeys.meeting(meeting.id), meeting)
  void queryClient.invalidateQueries({ queryKey: meetingKeys.lists })
  void queryClient.invalidateQueries({ queryKey: meetingKeys.proposals(meeting.id) })
  void queryClient.invalidateQueries({ queryKey: ['meetings', 'minutes', meeting.id] })
  if (caseId) {
    void queryClient.invalidateQueries({ queryKey: meetingKeys.caseDecisions(caseId) })
    void queryClient.invalidateQueries({ queryKey: [...CASES_QUERY_PREFIX, 'detail', caseId] })
  }
}
