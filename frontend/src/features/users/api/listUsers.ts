import { useInfiniteQuery } from '@tanstack/react-query'
import type { paths } from '../../../api/schema'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { userKeys } from './keys'

type Query = NonNullable<paths['/api/v1/users']['get']['parameters']['query']>
export type UserFilters = Pick<Query, 'q' | 'organisationId' | 'role' | 'active'>

export async function listUsers(filters: UserFilters, cursor?: string) {
  return unwrap(await api.GET('/api/v1/users', { params: { query: { ...filters, cursor, limit: 50 } } }))
}

export function useUsers(filters: UserFilters) {
  return useInfiniteQuery({
    queryKey: userKeys.list(filters),
    queryFn: ({ pageParam }) => listUsers(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })
}
