import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { caseKeys } from './keys'

/** Active organisations to choose from as a referral's source or a case's participant (the first 100). */
export async function listOrganisationOptions() {
  const page = unwrap(await api.GET('/api/v1/organisations', { params: { query: { limit: 100, active: true } } }))
  return page.items.map(({ id, name }) => ({ id, name }))
}

export function useOrganisationOptions(enabled = true) {
  return useQuery({
    queryKey: caseKeys.organisationOptions,
    queryFn: listOrganisationOptions,
    staleTime: 60_000,
    enabled,
  })
}
