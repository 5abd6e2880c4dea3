import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { ifMatch, unwrap } from '../../../lib/api/problem'
import type { PersonUpdate } from '../../../lib/api/types'
import { personKeys } from './keys'

type Variables = { personId: string; version: number; changes: PersonUpdate }

/** PATCH with If-Match: refused (412) if someone else changed the person since `version`. */
export async function updatePerson({ personId, version, changes }: Variables) {
  return unwrap(
    await api.PATCH('/api/v1/persons/{personId}', {
      params: { path: { personId }, header: { 'If-Match': ifMatch(version) } },
      body: changes,
    }),
  )
}

export function useUpdatePerson() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updatePerson,
    onSuccess: (person) => queryClient.setQueryData(personKeys.detail(person.id), person),
  })
}
