import { useInfiniteQuery } from '@tanstack/react-query'
import type { paths } from '../../../api/schema'
import { api } from '../../../lib/api/client'
import type { CaseSort } from '../../../lib/api/enums'
import { unwrap } from '../../../lib/api/problem'
import { caseKeys } from './keys'

type Query = NonNullable<paths['/api/v1/cases']['get']['parameters']['query']>
export type CaseFilters = Pick<
  Query,
  'q' | 'status' | 'escalationLevel' | 'ideology' | 'district' | 'openedFrom' | 'openedTo'
> & { sort?: CaseSort }

export async function listCases(filters: CaseFilters, cursor?: string) {
  return unwrap(await api.GET('/api/v1/cases', { params: { query: { ...filters, cursor, limit: 50 } } }))
}

export function useCases(filters: CaseFilters) {
  return useInfiniteQuery({
    queryKey: caseKeys.list(filters),
    queryFn: ({ pageParam }) => listCases(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })
}
