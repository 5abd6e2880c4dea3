import { NewMeetingForm } from '../../features/meetings/components/NewMeetingForm'

export default function NewMeetingPage() {
  return <NewMeetingForm />
}
