import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import type { JournalEntryCreate } from '../../../lib/api/types'
import { journalKeys } from './keys'

type Variables = { caseId: string; body: JournalEntryCreate }

/** Entries are never edited: a correction is a new entry with `correctsEntryId`. */
export async function createJournalEntry({ caseId, body }: Variables) {
  return unwrap(await api.POST('/api/v1/cases/{caseId}/journal-entries', { params: { path: { caseId } }, body }))
}

export function useCreateJournalEntry() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createJournalEntry,
    onSuccess: (_entry, { caseId }) => queryClient.invalidateQueries({ queryKey: journalKeys.list(caseId) }),
  })
}
