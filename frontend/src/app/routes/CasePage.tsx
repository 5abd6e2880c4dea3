import { useParams } from 'react-router'
import { CaseAssessments } from '../../features/assessments/components/CaseAssessments'
import { LatestConcernLevel } from '../../features/assessments/components/LatestConcernLevel'
import { CaseDetailView } from '../../features/cases/components/CaseDetailView'
import { Journal } from '../../features/journal/components/Journal'
import { CaseDecisions } from '../../features/meetings/components/CaseDecisions'
import { CasePlans } from '../../features/plans/components/CasePlans'
import { can, PERMISSIONS } from '../../lib/auth/permissions'
import { useMe } from '../../lib/auth/useMe'

export default function CasePage() {
  const { caseId = '' } = useParams()
  const { data: me } = useMe()
  const assesses = can(me, PERMISSIONS.assessmentsRead)
  return (
    <CaseDetailView key={caseId} caseId={caseId} canOpenPerson={can(me, PERMISSIONS.personsRead)}
      concernLevel={assesses ? <LatestConcernLevel caseId={caseId} /> : undefined}>
      {(detail) => (
        <>
          {assesses && (
            <CaseAssessments caseId={detail.id} canWrite={can(me, PERMISSIONS.assessmentsWrite)}
              canAcknowledge={can(me, PERMISSIONS.alertsAcknowledge)} />
          )}
          {can(me, PERMISSIONS.plansRead) && (
            <CasePlans caseId={detail.id} counts={detail} canWrite={can(me, PERMISSIONS.plansWrite)} />
          )}
          {can(me, PERMISSIONS.meetingsRead) && <CaseDecisions caseId={detail.id} />}
          <Journal caseId={detail.id} canWrite={detail.allowedActions.writeJournal} />
        </>
      )}
    </CaseDetailView>
  )
}
