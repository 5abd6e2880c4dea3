import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import type { CaseCreate } from '../../../lib/api/types'
import { caseKeys } from './keys'

/** Registers a referral (melding): a new case for a new or an existing person. */
export async function createCase(body: CaseCreate) {
  return unwrap(await api.POST('/api/v1/cases', { body }))
}

export function useCreateCase() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createCase,
    onSuccess: (created) => {
      queryClient.setQueryData(caseKeys.detail(created.id), created)
      void queryClient.invalidateQueries({ queryKey: caseKeys.lists })
    },
  })
}
