import { Button, Link, Paragraph, Row, UnorderedList } from '@amsterdam/design-system-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '../../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../../components/RouterLinkAdapter'
import { isApiError } from '../../../../lib/api/problem'
import type { Plan } from '../../api/planTypes'
import { useSubmitPlan } from '../../api/submitPlan'
import { useWithdrawPlan } from '../../api/withdrawPlan'
import { ApproveDialog } from './ApproveDialog'

/** What the actor may do with this version, as the server says in `allowed`. */
export function PlanButtons({ plan }: { plan: Plan }) {
  const { t } = useTranslation()
  const submit = useSubmitPlan()
  const withdraw = useWithdrawPlan()
  const [approving, setApproving] = useState(false)
  const [done, setDone] = useState('')
  const { allowed } = plan
  const error = submit.error ?? withdraw.error

  return (
    <div className="casusregie-no-print">
      <Row wrap className="ams-mb-s">
        {allowed.edit && (
          <Link href={`/plans/${plan.id}/edit`} linkComponent={RouterLinkAdapter}>
            {t('plans.view.edit')}
          </Link>
        )}
        {allowed.submit && (
          <Button disabled={submit.isPending}
            onClick={() => submit.mutate(plan.id, { onSuccess: () => setDone(t('plans.view.submitted_done')) })}>
            {t('plans.approval.submit')}
          </Button>
        )}
        {allowed.approve && (
          <Button onClick={() => setApproving(true)}>{t('plans.approval.approve')}</Button>
        )}
        {allowed.withdraw && (
          <Button variant="secondary" disabled={withdraw.isPending}
            onClick={() => withdraw.mutate(plan.id, { onSuccess: () => setDone(t('plans.view.withdrawn_done')) })}>
            {t('plans.approval.withdraw')}
          </Button>
        )}
        <Link href={`/plans/${plan.id}/print`} linkComponent={RouterLinkAdapter}>
          {t('plans.view.print')}
        </Link>
      </Row>
      <Paragraph role="status" size="small">
        {done}
      </Paragraph>
      {error && <ProblemAlert error={error} headingLevel={2} />}
      {isApiError(error, 400) && error.problem.invalidParams?.length ? (
        <UnorderedList aria-label={t('plans.approval.submitErrors')}>
          {error.problem.invalidParams.map((item) => (
            <UnorderedList.Item key={item.name}>{item.reason}</UnorderedList.Item>
          ))}
        </UnorderedList>
      ) : null}
      {approving && <ApproveDialog plan={plan} onClose={() => setApproving(false)} />}
    </div>
  )
}
