import { useMutation } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import type { PersonMatchRequest } from '../../../lib/api/types'

/** The duplicate check at intake: persons already known by BSN, or by name and date of birth, with their cases. */
export async function matchPersons(body: PersonMatchRequest) {
  return unwrap(await api.POST('/api/v1/persons/matches', { body })).items
}

export function useMatchPersons() {
  return useMutation({ mutationFn: matchPersons })
}
