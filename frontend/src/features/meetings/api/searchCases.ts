import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { meetingKeys } from './keys'

/** Cases whose reference or person's name matches `q`, to put on the agenda by hand. */
export async function searchCases(q: string) {
  return unwrap(await api.GET('/api/v1/cases', { params: { query: { q, limit: 10 } } })).items
}

export function useCaseSearch(q: string) {
  return useQuery({ queryKey: meetingKeys.caseSearch(q), queryFn: () => searchCases(q), enabled: q.trim().length >= 2 })
}
