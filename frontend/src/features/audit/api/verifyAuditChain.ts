import { useMutation } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'

/** Recomputes the hash chain on the server; a read, but run on demand, so a mutation here. */
export async function verifyAuditChain() {
  return unwrap(await api.GET('/api/v1/audit-events/verification'))
}

export function useVerifyAuditChain() {
  return useMutation({ mutationFn: verifyAuditChain })
}
