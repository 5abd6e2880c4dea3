import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { assessmentKeys } from './keys'

/** One framework version with its dimensions, indicators, guidance questions, rules and cadence. */
export async function getFramework(frameworkId: string) {
  return unwrap(await api.GET('/api/v1/assessment-frameworks/{frameworkId}', { params: { path: { frameworkId } } }))
}

export function useFramework(frameworkId: string | undefined) {
  return useQuery({
    queryKey: assessmentKeys.framework(frameworkId ?? ''),
    queryFn: () => getFramework(frameworkId ?? ''),
    enabled: Boolean(frameworkId),
    // A published version never changes; a draft changes only by a new import.
    staleTime: 5 * 60_000,
  })
}
