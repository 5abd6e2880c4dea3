import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { ifMatch, unwrap } from '../../../lib/api/problem'
import type { UserUpdate } from '../../../lib/api/types'
import { userKeys } from './keys'

export type UserUpdateBody = UserUpdate

type Variables = { userId: string; version: number; changes: UserUpdateBody }

/** PATCH with If-Match: the server refuses (412) if someone else changed the user since `version`. */
export async function updateUser({ userId, version, changes }: Variables) {
  return unwrap(
    await api.PATCH('/api/v1/users/{userId}', {
      params: { path: { userId }, header: { 'If-Match': ifMatch(version) } },
      body: changes,
    }),
  )
}

export function useUpdateUser() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateUser,
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user)
      void queryClient.invalidateQueries({ queryKey: userKeys.lists })
    },
  })
}
