import { useQuery } from '@tanstack/react-query'
import { request } from './http'
import { meetingKeys } from './keys'
import type { Checklists } from './meetingTypes'

/** The weighing, de-escalation and closing checklists, exactly as the server's rules check them. */
export function getChecklists() {
  return request<Checklists>('GET', '/meetings/checklists')
}

export function useChecklists() {
  return useQuery({ queryKey: meetingKeys.checklists, queryFn: getChecklists, staleTime: Infinity })
}
