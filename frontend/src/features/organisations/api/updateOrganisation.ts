import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { paths } from '../../../api/schema'
import { api } from '../../../lib/api/client'
import { ifMatch, unwrap } from '../../../lib/api/problem'
import { organisationKeys } from './keys'

export type OrganisationUpdateBody =
  paths['/api/v1/organisations/{organisationId}']['patch']['requestBody']['content']['application/json']

type Variables = { organisationId: string; version: number; changes: OrganisationUpdateBody }

/** PATCH with If-Match: the server refuses (412) if someone else changed it since `version`. */
export async function updateOrganisation({ organisationId, version, changes }: Variables) {
  return unwrap(
    await api.PATCH('/api/v1/organisations/{organisationId}', {
      params: { path: { organisationId }, header: { 'If-Match': ifMatch(version) } },
      body: changes,
    }),
  )
}

export function useUpdateOrganisation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateOrganisation,
    onSuccess: (organisation) => {
      queryClient.setQueryData(organisationKeys.detail(organisation.id), organisation)
      void queryClient.invalidateQueries({ queryKey: organisationKeys.lists })
    },
  })
}
