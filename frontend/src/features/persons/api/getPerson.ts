import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { personKeys } from './keys'

export async function getPerson(personId: string) {
  return unwrap(await api.GET('/api/v1/persons/{personId}', { params: { path: { personId } } }))
}

export function usePerson(personId: string) {
  return useQuery({ queryKey: personKeys.detail(personId), queryFn: () => getPerson(personId) })
}
