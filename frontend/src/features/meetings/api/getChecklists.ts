import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { meetingKeys } from './keys'
import type { Checklists } from './meetingTypes'

/** The weighing, de-escalation and closing checklists, exactly as the server's rules check them. */
export async function getChecklists(): Promise<Checklists> {
  return unwrap(await api.GET('/api/v1/meetings/checklists'))
}

export function useChecklists() {
  return useQuery({ queryKey: meetingKeys.checklists, queryFn: getChecklists, staleTime: Infinity })
}
