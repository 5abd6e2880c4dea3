import { useMutation } from '@tanstack/react-query'
import type { paths } from '../../../api/schema'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'

export type ActivateBody = paths['/api/v1/auth/activate']['post']['requestBody']['content']['application/json']

export async function activate(body: ActivateBody): Promise<void> {
  unwrap(await api.POST('/api/v1/auth/activate', { body }))
}

export function useActivate() {
  return useMutation({ mutationFn: activate })
}
