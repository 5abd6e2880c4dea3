import { useTranslation } from 'react-i18next'
import { useFormat } from '../../../lib/i18n/format'
import { useCaseAssessments } from '../api/listCaseAssessments'
import { ConcernLevelBadge } from './Badges'

/** The final level of the case's latest submitted assessment, for the case header. */
export function LatestConcernLevel({ caseId }: { caseId: string }) {
  const { t } = useTranslation()
  const format = useFormat()
  const query = useCaseAssessments(caseId)
  const latest = query.data?.filter((item) => item.status === 'submitted' && item.finalLevel).at(-1)
  if (!latest?.finalLevel) return <>{t('case.concernLevelNotAssessed')}</>
  return (
    <>
      <ConcernLevelBadge level={latest.finalLevel} />{' '}
      {t('caseAssessments.levelSince', {
        date: format.date(latest.assessedOn),
        perspective: t(`enums.perspective.${latest.perspective}`),
      })}
    </>
  )
}
