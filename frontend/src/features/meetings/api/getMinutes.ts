import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { meetingKeys } from './keys'
import type { Minutes } from './meetingTypes'

/** The printable minutes, as `organisationId` sees them (directors choose; partners always get their own). */
export async function getMinutes(meetingId: string, organisationId?: string): Promise<Minutes> {
  return unwrap(
    await api.GET('/api/v1/meetings/{meetingId}/minutes', {
      params: { path: { meetingId }, query: { organisationId: organisationId || undefined } },
    }),
  )
}

export function useMinutes(meetingId: string, organisationId?: string) {
  return useQuery({
    queryKey: meetingKeys.minutes(meetingId, organisationId),
    queryFn: () => getMinutes(meetingId, organisationId),
  })
}
