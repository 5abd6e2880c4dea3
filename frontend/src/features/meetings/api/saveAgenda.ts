import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { ifMatch, unwrap } from '../../../lib/api/problem'
import { refreshAfterMeetingChange } from './keys'
import type { AgendaInput, Meeting } from './meetingTypes'

type Variables = { meetingId: string; version: number; agenda: AgendaInput }

/** PUT the whole agenda, in order, with If-Match: 412 when someone saved in between. */
export async function saveAgenda({ meetingId, version, agenda }: Variables): Promise<Meeting> {
  return unwrap(
    await api.PUT('/api/v1/meetings/{meetingId}/agenda', {
      params: { path: { meetingId }, header: { 'If-Match': ifMatch(version) } },
      body: agenda,
    }),
  )
}

export function useSaveAgenda() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: saveAgenda, onSuccess: (meeting) => refreshAfterMeetingChange(queryClient, meeting) })
}
