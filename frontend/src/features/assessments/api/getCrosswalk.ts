import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { assessmentKeys } from './keys'

/** One crosswalk with every mapping of an external item onto one of our indicators. */
export async function getCrosswalk(crosswalkId: string) {
  return unwrap(await api.GET('/api/v1/crosswalks/{crosswalkId}', { params: { path: { crosswalkId } } }))
}

export function useCrosswalk(crosswalkId: string | null | undefined) {
  return useQuery({
    queryKey: assessmentKeys.crosswalk(crosswalkId ?? ''),
    queryFn: () => getCrosswalk(crosswalkId ?? ''),
    enabled: Boolean(crosswalkId),
    // An imported crosswalk version never changes.
    staleTime: 5 * 60_000,
  })
}
