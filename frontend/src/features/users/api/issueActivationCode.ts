import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { userKeys } from './keys'

/** A new one-time code with which the user sets a new password; the administrator never sees a password. */
export async function issueActivationCode(userId: string) {
  return unwrap(await api.POST('/api/v1/users/{userId}/activation-codes', { params: { path: { userId } } }))
}

export function useIssueActivationCode() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: issueActivationCode,
    onSuccess: (_code, userId) => queryClient.invalidateQueries({ queryKey: userKeys.detail(userId) }),
  })
}
