import { AttentionList } from '../../features/plans/components/AttentionList'

export default function PlanAttentionPage() {
  return <AttentionList />
}
