import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { paths } from '../../../api/schema'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { organisationKeys } from './keys'

export type OrganisationCreateBody =
  paths['/api/v1/organisations']['post']['requestBody']['content']['application/json']

export async function createOrganisation(body: OrganisationCreateBody) {
  return unwrap(await api.POST('/api/v1/organisations', { body }))
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.all }),
  })
}
