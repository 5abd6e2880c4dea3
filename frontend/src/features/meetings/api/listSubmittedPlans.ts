import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { meetingKeys } from './keys'

/** The submitted plan versions of a case, for an approve_plan decision. */
export async function listSubmittedPlans(caseId: string) {
  const list = unwrap(await api.GET('/api/v1/cases/{caseId}/plans', { params: { path: { caseId } } }))
  return list.items.filter((plan) => plan.status === 'submitted')
}

export function useSubmittedPlans(caseId: string, enabled: boolean) {
  return useQuery({ queryKey: meetingKeys.casePlans(caseId), queryFn: () => listSubmittedPlans(caseId), enabled })
}
