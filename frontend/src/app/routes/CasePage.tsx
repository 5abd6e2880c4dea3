import { useParams } from 'react-router'
import { CaseDetailView } from '../../features/cases/components/CaseDetailView'
import { Journal } from '../../features/journal/components/Journal'
import { can, PERMISSIONS } from '../../lib/auth/permissions'
import { useMe } from '../../lib/auth/useMe'

export default function CasePage() {
  const { caseId = '' } = useParams()
  const { data: me } = useMe()
  return (
    <CaseDetailView key={caseId} caseId={caseId} canOpenPerson={can(me, PERMISSIONS.personsRead)}>
      {(detail) => <Journal caseId={detail.id} canWrite={detail.allowedActions.writeJournal} />}
    </CaseDetailView>
  )
}
