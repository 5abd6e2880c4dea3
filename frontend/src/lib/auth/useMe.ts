import { useQuery } from '@tanstack/react-query'
import { api } from '../api/client'
import { unwrap } from '../api/problem'
import type { Me } from '../api/types'

export const meQueryKey = ['me'] as const

export async function fetchMe(): Promise<Me> {
  return unwrap(await api.GET('/api/v1/me'))
}

/** The signed-in actor. A 401 here (after a failed refresh) means: not signed in. */
export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000, retry: false })
}
