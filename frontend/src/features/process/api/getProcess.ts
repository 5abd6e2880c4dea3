import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'

/** The case lifecycle as the server enforces it: states, allowed transitions, escalation levels. */
export async function getProcess() {
  return unwrap(await api.GET('/api/v1/process'))
}

export function useProcess() {
  return useQuery({ queryKey: ['process'], queryFn: getProcess, staleTime: 10 * 60_000 })
}
