import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { planKeys } from './keys'
import type { AttentionFilters, AttentionList } from './planTypes'

/** Stalled actions and overdue goals of the plans in force on the cases the actor may see. */
export async function listAttention(filters: AttentionFilters): Promise<AttentionList> {
  return unwrap(await api.GET('/api/v1/plans/attention', { params: { query: filters } }))
}

export function useAttention(filters: AttentionFilters) {
  return useQuery({ queryKey: planKeys.attention(filters), queryFn: () => listAttention(filters), placeholderData: keepPreviousData })
}
