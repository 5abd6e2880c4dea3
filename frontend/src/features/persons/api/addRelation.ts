import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import type { RelationCreate } from '../../../lib/api/types'
import { personKeys } from './keys'

type Variables = { personId: string; body: RelationCreate }

export async function addRelation({ personId, body }: Variables) {
  return unwrap(await api.POST('/api/v1/persons/{personId}/relations', { params: { path: { personId } }, body }))
}

export function useAddRelation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: addRelation,
    onSuccess: (_relation, { personId }) => queryClient.invalidateQueries({ queryKey: personKeys.detail(personId) }),
  })
}
