import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { userKeys } from './keys'

/** Organisations to choose from when placing a user (the first 100 by the server's order). */
export async function listOrganisationOptions() {
  const page = unwrap(await api.GET('/api/v1/organisations', { params: { query: { limit: 100 } } }))
  return page.items.map(({ id, name, active }) => ({ id, name, active }))
}

export function useOrganisationOptions() {
  return useQuery({ queryKey: userKeys.organisationOptions, queryFn: listOrganisationOptions, staleTime: 60_000 })
}
