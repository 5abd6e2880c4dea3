import { useMutation } from '@tanstack/react-query'
import type { paths } from '../../../api/schema'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'

export type ChangePasswordBody = paths['/api/v1/me/password']['post']['requestBody']['content']['application/json']

export async function changePassword(body: ChangePasswordBody): Promise<void> {
  unwrap(await api.POST('/api/v1/me/password', { body }))
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword })
}
