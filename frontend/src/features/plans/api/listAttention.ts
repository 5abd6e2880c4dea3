import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { request } from './http'
import { planKeys } from './keys'
import type { AttentionFilters, AttentionList } from './planTypes'

/** Stalled actions and overdue goals of the plans in force on the cases the actor may see. */
export function listAttention(filters: AttentionFilters) {
  return request<AttentionList>('GET', '/plans/attention', { query: filters })
}

export function useAttention(filters: AttentionFilters) {
  return useQuery({ queryKey: planKeys.attention(filters), queryFn: () => listAttention(filters), placeholderData: keepPreviousData })
}
