import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { meetingKeys } from './keys'
import type { OrganisationBrief } from './meetingTypes'

/** Active organisations that may take part in a meeting (the first 100). */
export async function listOrganisations(): Promise<OrganisationBrief[]> {
  const page = unwrap(await api.GET('/api/v1/organisations', { params: { query: { limit: 100, active: true } } }))
  return page.items.map(({ id, name, kind }) => ({ id, name, kind }))
}

export function useOrganisations() {
  return useQuery({ queryKey: meetingKeys.organisations, queryFn: listOrganisations, staleTime: 60_000 })
}
