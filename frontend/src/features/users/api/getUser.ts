import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { userKeys } from './keys'

export async function getUser(userId: string) {
  return unwrap(await api.GET('/api/v1/users/{userId}', { params: { path: { userId } } }))
}

export function useUser(userId: string) {
  return useQuery({ queryKey: userKeys.detail(userId), queryFn: () => getUser(userId) })
}
