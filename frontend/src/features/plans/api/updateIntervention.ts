import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { ifMatch, unwrap } from '../../../lib/api/problem'
import { planKeys } from './keys'
import type { InterventionChanges } from './types'

type Variables = { interventionId: string; version: number; changes: InterventionChanges }

/** PATCH with If-Match: 412 when someone saved in between, 409 once retired. */
export async function updateIntervention({ interventionId, version, changes }: Variables) {
  return unwrap(
    await api.PATCH('/api/v1/interventions/{interventionId}', {
      params: { path: { interventionId }, header: { 'If-Match': ifMatch(version) } },
      body: changes,
    }),
  )
}

export function useUpdateIntervention() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateIntervention,
    onSuccess: (saved) => {
      queryClient.setQueryData(planKeys.intervention(saved.id), saved)
      void queryClient.invalidateQueries({ queryKey: planKeys.interventions })
    },
  })
}
