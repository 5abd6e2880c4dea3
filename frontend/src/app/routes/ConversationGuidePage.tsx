import { useParams } from 'react-router'
import { ConversationGuide } from '../../features/assessments/components/ConversationGuide'
import { AUDIENCES, isOneOf } from '../../features/assessments/components/vocabulary'
import NotFoundPage from './NotFoundPage'

export default function ConversationGuidePage() {
  const { frameworkId = '', audience = '' } = useParams()
  if (!isOneOf(AUDIENCES, audience)) return <NotFoundPage />
  return <ConversationGuide frameworkId={frameworkId} audience={audience} />
}
