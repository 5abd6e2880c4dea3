import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { paths } from '../../../api/schema'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { meQueryKey } from '../../../lib/auth/useMe'

export type LoginBody = paths['/api/v1/auth/login']['post']['requestBody']['content']['application/json']

export async function login(body: LoginBody) {
  return unwrap(await api.POST('/api/v1/auth/login', { body }))
}

/** Signs in; the server sets the session cookies, the app keeps only the returned Me. */
export function useLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      queryClient.clear()
      queryClient.setQueryData(meQueryKey, me)
    },
  })
}
