import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { planKeys } from './keys'
import type { InterventionInput } from './types'

/** A new intervention (interventions:manage); a code in use is a 409. */
export async function createIntervention(body: InterventionInput) {
  return unwrap(await api.POST('/api/v1/interventions', { body }))
}

export function useCreateIntervention() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createIntervention,
    onSuccess: (created) => {
      queryClient.setQueryData(planKeys.intervention(created.id), created)
      void queryClient.invalidateQueries({ queryKey: planKeys.interventions })
    },
  })
}
