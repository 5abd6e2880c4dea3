import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import type { UserCreate } from '../../../lib/api/types'
import { userKeys } from './keys'

export type UserCreateBody = UserCreate

/** Creates the user; the answer carries a one-time activation code, never stored in the query cache. */
export async function createUser(body: UserCreateBody) {
  return unwrap(await api.POST('/api/v1/users', { body }))
}

export function useCreateUser() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.lists }),
  })
}
