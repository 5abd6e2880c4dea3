import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { assessmentKeys } from './keys'
import type { FrameworkDocument } from './types'

/** Imports a framework file as a new draft version; invalidParams list what the loader found wrong, 409 an existing version. */
export async function importFramework(document: FrameworkDocument) {
  return unwrap(await api.POST('/api/v1/assessment-frameworks', { body: document }))
}

export function useImportFramework() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: importFramework,
    onSuccess: (created) => {
      queryClient.setQueryData(assessmentKeys.framework(created.id), created)
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.frameworkList })
    },
  })
}
