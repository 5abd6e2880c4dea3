import { useParams } from 'react-router'
import { PlanPrint } from '../../features/plans/components/PlanPrint'

export default function PrintPlanPage() {
  const { planId = '' } = useParams()
  return <PlanPrint key={planId} planId={planId} />
}
