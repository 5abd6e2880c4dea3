import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { assessmentKeys } from './keys'

/** All framework versions, newest first. */
export async function listFrameworks() {
  return unwrap(await api.GET('/api/v1/assessment-frameworks'))
}

export function useFrameworks(enabled = true) {
  return useQuery({ queryKey: assessmentKeys.frameworkList, queryFn: listFrameworks, staleTime: 60_000, enabled })
}
