import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { assessmentKeys } from './keys'

/** Open cases whose latest submitted assessment is due for review before today + withinDays. */
export async function listOverdueReviews(withinDays: number) {
  return unwrap(await api.GET('/api/v1/reviews/overdue', { params: { query: { withinDays } } }))
}

export function useOverdueReviews(withinDays: number) {
  return useQuery({ queryKey: assessmentKeys.overdue(withinDays), queryFn: () => listOverdueReviews(withinDays) })
}
