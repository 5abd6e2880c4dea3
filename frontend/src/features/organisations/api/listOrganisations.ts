import { useInfiniteQuery } from '@tanstack/react-query'
import type { paths } from '../../../api/schema'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { organisationKeys } from './keys'

type Query = NonNullable<paths['/api/v1/organisations']['get']['parameters']['query']>
export type OrganisationFilters = Pick<Query, 'q' | 'kind' | 'active'>

export async function listOrganisations(filters: OrganisationFilters, cursor?: string) {
  return unwrap(await api.GET('/api/v1/organisations', { params: { query: { ...filters, cursor, limit: 50 } } }))
}

export function useOrganisations(filters: OrganisationFilters) {
  return useInfiniteQuery({
    queryKey: organisationKeys.list(filters),
    queryFn: ({ pageParam }) => listOrganisations(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })
}
