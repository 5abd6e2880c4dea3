import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { assessmentKeys } from './keys'

/** Every crosswalk version (external model onto a framework version), newest first. */
export async function listCrosswalks() {
  return unwrap(await api.GET('/api/v1/crosswalks'))
}

export function useCrosswalks(enabled = true) {
  return useQuery({ queryKey: assessmentKeys.crosswalkList, queryFn: listCrosswalks, staleTime: 60_000, enabled })
}
