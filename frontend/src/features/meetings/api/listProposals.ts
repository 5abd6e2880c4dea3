import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { meetingKeys } from './keys'
import type { ProposalList } from './meetingTypes'

/** The cases the system proposes for this meeting's agenda, with the reason. */
export async function listProposals(meetingId: string): Promise<ProposalList> {
  return unwrap(await api.GET('/api/v1/meetings/{meetingId}/proposals', { params: { path: { meetingId } } }))
}

export function useProposals(meetingId: string) {
  return useQuery({ queryKey: meetingKeys.proposals(meetingId), queryFn: () => listProposals(meetingId) })
}
