import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { assessmentKeys, CASES_QUERY_PREFIX } from './keys'
import type { AlertAcknowledge } from './types'

type Variables = { alertId: string; body: AlertAcknowledge }

/** Records who took the alert up and where it was routed; 409 if someone already did. */
export async function acknowledgeAlert({ alertId, body }: Variables) {
  return unwrap(await api.POST('/api/v1/alerts/{alertId}/acknowledge', { params: { path: { alertId } }, body }))
}

export function useAcknowledgeAlert() {
  const queryClient = useQueryClient()
  // The case's alerts and the list of open alerts across cases (both under ['alerts']).
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: assessmentKeys.alerts })
    void queryClient.invalidateQueries({ queryKey: CASES_QUERY_PREFIX })
  }
  return useMutation({
    mutationFn: acknowledgeAlert,
    onSuccess: refresh,
    onError: refresh,
  })
}
