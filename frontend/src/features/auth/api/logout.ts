import { useMutation } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'

export async function logout(): Promise<void> {
  await api.POST('/api/v1/auth/logout')
}

export function useLogout() {
  return useMutation({ mutationFn: logout })
}
