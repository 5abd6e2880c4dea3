import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { assessmentKeys } from './keys'

/** Publishes a draft; the version published before it (same code) is retired. 409 if it is not a draft. */
export async function publishFramework(frameworkId: string) {
  return unwrap(await api.POST('/api/v1/assessment-frameworks/{frameworkId}/publish', { params: { path: { frameworkId } } }))
}

export function usePublishFramework() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: publishFramework,
    onSuccess: (published) => {
      queryClient.setQueryData(assessmentKeys.framework(published.id), published)
      // The retired predecessor changed too.
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.frameworks })
    },
    onError: (_error, frameworkId) => queryClient.invalidateQueries({ queryKey: assessmentKeys.framework(frameworkId) }),
  })
}
