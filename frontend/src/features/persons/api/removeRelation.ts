import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { personKeys } from './keys'

type Variables = { personId: string; relationId: string }

export async function removeRelation({ personId, relationId }: Variables) {
  unwrap(
    await api.DELETE('/api/v1/persons/{personId}/relations/{relationId}', { params: { path: { personId, relationId } } }),
  )
}

export function useRemoveRelation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: removeRelation,
    onSuccess: (_nothing, { personId }) => queryClient.invalidateQueries({ queryKey: personKeys.detail(personId) }),
  })
}
