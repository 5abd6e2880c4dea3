import { useInfiniteQuery } from '@tanstack/react-query'
import type { paths } from '../../../api/schema'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'

type Query = NonNullable<paths['/api/v1/audit-events']['get']['parameters']['query']>
export type AuditFilters = Pick<Query, 'action' | 'recordType' | 'recordId' | 'actorId'>

export async function listAuditEvents(filters: AuditFilters, cursor?: string) {
  return unwrap(await api.GET('/api/v1/audit-events', { params: { query: { ...filters, cursor, limit: 50 } } }))
}

export function useAuditEvents(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit-events', 'list', filters],
    queryFn: ({ pageParam }) => listAuditEvents(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })
}
