import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { planKeys } from './keys'

/** One intervention, retired ones included (plans keep pointing at them). */
export async function getIntervention(interventionId: string) {
  return unwrap(await api.GET('/api/v1/interventions/{interventionId}', { params: { path: { interventionId } } }))
}

export function useIntervention(interventionId: string | null | undefined) {
  return useQuery({
    queryKey: planKeys.intervention(interventionId ?? ''),
    queryFn: () => getIntervention(interventionId ?? ''),
    enabled: Boolean(interventionId),
    staleTime: 60_000,
  })
}
