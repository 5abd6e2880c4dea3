import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { ifMatch, unwrap } from '../../../lib/api/problem'
import type { CaseUpdate } from '../../../lib/api/types'
import { caseKeys } from './keys'

type Variables = { caseId: string; version: number; changes: CaseUpdate }

/** PATCH with If-Match: refused (412) if the case changed since `version`. */
export async function updateCase({ caseId, version, changes }: Variables) {
  return unwrap(
    await api.PATCH('/api/v1/cases/{caseId}', {
      params: { path: { caseId }, header: { 'If-Match': ifMatch(version) } },
      body: changes,
    }),
  )
}

export function useUpdateCase() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateCase,
    onSuccess: (detail) => {
      queryClient.setQueryData(caseKeys.detail(detail.id), detail)
      void queryClient.invalidateQueries({ queryKey: caseKeys.lists })
    },
  })
}
