import { useParams } from 'react-router'
import { AssessmentDetailView } from '../../features/assessments/components/AssessmentDetailView'

export default function AssessmentPage() {
  const { assessmentId = '' } = useParams()
  return <AssessmentDetailView key={assessmentId} assessmentId={assessmentId} />
}
