import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { planKeys } from './keys'

/** Retired, never deleted: plans keep pointing at it. 409 when already retired. */
export async function retireIntervention({ interventionId, reason }: { interventionId: string; reason: string }) {
  return unwrap(
    await api.POST('/api/v1/interventions/{interventionId}/retire', { params: { path: { interventionId } }, body: { reason } }),
  )
}

export function useRetireIntervention() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: retireIntervention,
    onSuccess: (saved) => {
      queryClient.setQueryData(planKeys.intervention(saved.id), saved)
      void queryClient.invalidateQueries({ queryKey: planKeys.interventions })
    },
  })
}
