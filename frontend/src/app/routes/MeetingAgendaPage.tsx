import { useParams } from 'react-router'
import { AgendaBuilder } from '../../features/meetings/components/agenda/AgendaBuilder'

export default function MeetingAgendaPage() {
  const { meetingId = '' } = useParams()
  return <AgendaBuilder key={meetingId} meetingId={meetingId} />
}
