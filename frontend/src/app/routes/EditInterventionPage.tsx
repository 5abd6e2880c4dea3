import { useParams } from 'react-router'
import { InterventionForm } from '../../features/plans/components/InterventionForm'

/** New intervention (no id in the path) or an edit of an existing one. */
export default function EditInterventionPage() {
  const { interventionId } = useParams()
  return <InterventionForm key={interventionId ?? 'new'} interventionId={interventionId} />
}
