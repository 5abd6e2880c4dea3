import { useParams } from 'react-router'
import { PlanDetail } from '../../features/plans/components/view/PlanDetail'

export default function PlanPage() {
  const { planId = '' } = useParams()
  return <PlanDetail key={planId} planId={planId} />
}
