import { useMutation } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'

/** The full BSN, once, on an explicit request; the server writes an audit row for it. Never cached. */
export async function revealBsn(personId: string) {
  return unwrap(await api.POST('/api/v1/persons/{personId}/bsn-reveals', { params: { path: { personId } } })).bsn
}

export function useRevealBsn() {
  return useMutation({ mutationFn: revealBsn })
}
