import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { organisationKeys } from './keys'

export async function getOrganisation(organisationId: string) {
  return unwrap(await api.GET('/api/v1/organisations/{organisationId}', { params: { path: { organisationId } } }))
}

export function useOrganisation(organisationId: string) {
  return useQuery({
    queryKey: organisationKeys.detail(organisationId),
    queryFn: () => getOrganisation(organisationId),
  })
}
