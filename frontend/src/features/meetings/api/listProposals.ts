import { useQuery } from '@tanstack/react-query'
import { request, seg } from './http'
import { meetingKeys } from './keys'
import type { ProposalList } from './meetingTypes'

/** The cases the system proposes for this meeting's agenda, with the reason. */
export function listProposals(meetingId: string) {
  return request<ProposalList>('GET', `/meetings/${seg(meetingId)}/proposals`)
}

export function useProposals(meetingId: string) {
  return useQuery({ queryKey: meetingKeys.proposals(meetingId), queryFn: () => listProposals(meetingId) })
}
