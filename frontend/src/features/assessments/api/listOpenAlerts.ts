import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { assessmentKeys } from './keys'

/** Acute alerts nobody has taken up yet, on the cases the actor may see. */
export async function listOpenAlerts() {
  return unwrap(await api.GET('/api/v1/alerts', { params: { query: { open: true } } }))
}

export function useOpenAlerts() {
  return useQuery({ queryKey: assessmentKeys.openAlerts, queryFn: listOpenAlerts })
}
