import { useMutation, useQueryClient } from '@tanstack/react-query'
import { request, seg } from './http'
import { refreshAfterMeetingChange } from './keys'
import type { AgendaInput, Meeting } from './meetingTypes'

type Variables = { meetingId: string; version: number; agenda: AgendaInput }

/** PUT the whole agenda, in order, with If-Match: 412 when someone saved in between. */
export function saveAgenda({ meetingId, version, agenda }: Variables) {
  return request<Meeting>('PUT', `/meetings/${seg(meetingId)}/agenda`, { body: agenda, version })
}

export function useSaveAgenda() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: saveAgenda, onSuccess: (meeting) => refreshAfterMeetingChange(queryClient, meeting) })
}
