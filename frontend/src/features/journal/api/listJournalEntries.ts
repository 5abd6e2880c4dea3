import { useInfiniteQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { journalKeys } from './keys'

/** Newest first; entries the actor may not read in full come with only their summary (`restricted`). */
export async function listJournalEntries(caseId: string, cursor?: string) {
  return unwrap(
    await api.GET('/api/v1/cases/{caseId}/journal-entries', {
      params: { path: { caseId }, query: { cursor, limit: 25 } },
    }),
  )
}

export function useJournalEntries(caseId: string) {
  return useInfiniteQuery({
    queryKey: journalKeys.list(caseId),
    queryFn: ({ pageParam }) => listJournalEntries(caseId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })
}
