import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { caseKeys } from './keys'

/** A case the actor may not see answers 404, the same as one that does not exist. */
export async function getCase(caseId: string) {
  return unwrap(await api.GET('/api/v1/cases/{caseId}', { params: { path: { caseId } } }))
}

export function useCase(caseId: string) {
  return useQuery({ queryKey: caseKeys.detail(caseId), queryFn: () => getCase(caseId) })
}
