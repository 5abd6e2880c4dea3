import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { planKeys } from './keys'
import type { InterventionFilters } from './types'

/** The catalogue (instrumentenkoffer), filtered; not paged. */
export async function listInterventions(filters: InterventionFilters) {
  const query = { ...filters, includeRetired: filters.includeRetired || undefined }
  return unwrap(await api.GET('/api/v1/interventions', { params: { query } }))
}

export function useInterventions(filters: InterventionFilters, enabled = true) {
  return useQuery({
    queryKey: planKeys.interventionList(filters),
    queryFn: () => listInterventions(filters),
    placeholderData: keepPreviousData,
    enabled,
  })
}
