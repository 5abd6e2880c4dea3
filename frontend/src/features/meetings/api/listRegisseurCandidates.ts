import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { meetingKeys } from './keys'

/** Who may become the case's regisseur, for an assign_regisseur decision. */
export async function listRegisseurCandidates(caseId: string) {
  return unwrap(await api.GET('/api/v1/cases/{caseId}/regisseur-candidates', { params: { path: { caseId } } })).items
}

export function useRegisseurCandidates(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: meetingKeys.regisseurCandidates(caseId),
    queryFn: () => listRegisseurCandidates(caseId),
    enabled,
    staleTime: 60_000,
  })
}
