import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { refreshAfterPlanChange } from './keys'
import type { ActionStatusReport, Plan } from './planTypes'

type Variables = { planId: string; actionId: string; report: ActionStatusReport }

/** A status update on an action of the plan in force; partners only for their own organisation's actions. */
export async function reportActionStatus({ planId, actionId, report }: Variables): Promise<Plan> {
  return unwrap(
    await api.POST('/api/v1/plans/{planId}/actions/{actionId}/status', {
      params: { path: { planId, actionId } },
      body: report,
    }),
  )
}

export function useReportActionStatus() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: reportActionStatus, onSuccess: (plan) => refreshAfterPlanChange(queryClient, plan) })
}
