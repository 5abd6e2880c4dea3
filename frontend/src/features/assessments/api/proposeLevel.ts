import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { assessmentKeys } from './keys'
import type { RatingInput } from './types'

/** The level the rules propose for these ratings: a preview for the form, nothing is stored. */
export async function proposeLevel(frameworkId: string, ratings: readonly RatingInput[]) {
  return unwrap(
    await api.POST('/api/v1/assessment-frameworks/{frameworkId}/proposal', {
      params: { path: { frameworkId } },
      body: { ratings: [...ratings] },
    }),
  )
}

/**
 * Pass ratings that have settled (debounced); the previous proposal stays on screen while the next loads.
 * Disabled for ratings entered in an external model's codes: only the server translates those.
 */
export function useProposal(frameworkId: string, ratings: readonly RatingInput[], enabled = true) {
  return useQuery({
    enabled,
    queryKey: assessmentKeys.proposal(frameworkId, ratings),
    queryFn: () => proposeLevel(frameworkId, ratings),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  })
}
