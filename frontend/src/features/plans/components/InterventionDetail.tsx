import { Alert, Button, DescriptionList, Heading, Link, OrderedList, Paragraph, Row } from '@amsterdam/design-system-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TextAreaField } from '../../../components/fields'
import { FormDialog } from '../../../components/FormDialog'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { usePageTitle } from '../../../components/usePageTitle'
import { useFormat } from '../../../lib/i18n/format'
import { useIntervention } from '../api/getIntervention'
import { useRetireIntervention } from '../api/retireIntervention'
import type { Intervention } from '../api/types'
import { pathErrors, useLocal } from './vocabulary'

/** Everything the catalogue knows about one intervention, with its retired, sunset and informational notices. */
export function InterventionDetail({ interventionId, canManage }: { readonly interventionId: string; readonly canManage: boolean }) {
  const query = useIntervention(interventionId)
  if (query.isPending) return <Loading />
  if (query.isError) return <ProblemAlert error={query.error} headingLevel={1} />
  return <InterventionView intervention={query.data} canManage={canManage} />
}

function InterventionView({ intervention: item, canManage }: { intervention: Intervention; canManage: boolean }) {
  const { t } = useTranslation()
  const local = useLocal()
  const format = useFormat()
  usePageTitle(local(item.name))
  const [retiring, setRetiring] = useState(false)
  const age = [item.targetAge.min ?? '', item.targetAge.max ?? ''].join('–')
  const rows: [string, string][] = [
    [t('plans.fields.code'), item.code],
    [t('plans.fields.type'), t(`plans.interventionType.${item.type}`)],
    [t('plans.fields.voluntary'), item.voluntary ? t('plans.common.yes') : t('plans.common.no')],
    [t('plans.fields.description'), local(item.description)],
    [t('plans.fields.goal'), local(item.goal)],
    [t('plans.fields.conditions'), local(item.conditions)],
    [t('plans.fields.targetDimensions'), item.targetDimensions.join(', ')],
    [t('plans.fields.targetIndicators'), item.targetIndicators.join(', ')],
    [t('plans.fields.age'), [age === '–' ? '' : age, item.targetAge.note].filter(Boolean).join(' · ')],
    [t('plans.fields.provider'), item.provider.name],
    [t('plans.fields.contact'), item.contact],
    [t('plans.fields.legalBasis'), local(item.legalBasis)],
    [t('plans.fields.duration'), local(item.duration)],
    [t('plans.fields.availability'), t(`plans.availability.${item.availability}`)],
    [t('plans.fields.evidenceNote'), local(item.evidenceNote)],
  ]
  return (
    <>
      <Heading level={1} className="ams-mb-m">
        {local(item.name)}
      </Heading>
      {item.retiredAt && (
        <Alert heading={t('plans.intervention.retiredHeading')} headingLevel={2} severity="warning" className="ams-mb-m">
          <Paragraph>
            {t('plans.intervention.retiredText', { date: format.date(item.retiredAt), reason: item.retiredReason ?? '' })}
          </Paragraph>
        </Alert>
      )}
      {item.sunsetOn && (
        <Alert heading={t('plans.intervention.sunsetHeading')} headingLevel={2} severity="warning" className="ams-mb-m">
          <Paragraph>{t('plans.intervention.sunsetText', { date: format.date(item.sunsetOn) })}</Paragraph>
        </Alert>
      )}
      {item.informationalOnly && (
        <Alert heading={t('plans.intervention.informationalHeading')} headingLevel={2} className="ams-mb-m">
          <Paragraph>{t('plans.intervention.informationalText')}</Paragraph>
        </Alert>
      )}
      <DescriptionList className="ams-mb-m">
        {rows.map(([term, value]) => (
          <DescriptionList.Section key={term}>
            <DescriptionList.Term>{term}</DescriptionList.Term>
            <DescriptionList.Description>{value || '—'}</DescriptionList.Description>
          </DescriptionList.Section>
        ))}
      </DescriptionList>
      {item.processSteps.length > 0 && (
        <>
          <Heading level={2} className="ams-mb-s">{t('plans.fields.processSteps')}</Heading>
          <OrderedList className="ams-mb-m">
            {item.processSteps.map((step, index) => (
              <OrderedList.Item key={index}>{local(step)}</OrderedList.Item>
            ))}
          </OrderedList>
        </>
      )}
      {canManage && !item.retiredAt && (
        <Row wrap>
          <Link href={`/interventions/${item.id}/edit`} linkComponent={RouterLinkAdapter}>
            {t('plans.intervention.edit')}
          </Link>
          <Button variant="secondary" onClick={() => setRetiring(true)}>
            {t('plans.intervention.retire')}
          </Button>
        </Row>
      )}
      {retiring && <RetireDialog interventionId={item.id} onClose={() => setRetiring(false)} />}
    </>
  )
}

function RetireDialog({ interventionId, onClose }: { interventionId: string; onClose: () => void }) {
  const { t } = useTranslation()
  const [reason, setReason] = useState('')
  const [localError, setLocalError] = useState<string>()
  const mutation = useRetireIntervention()
  const errors = pathErrors(mutation.error)
  function submit() {
    if (!reason.trim()) {
      setLocalError(t('plans.errors.reasonRequired'))
      return
    }
    mutation.mutate({ interventionId, reason: reason.trim() }, { onSuccess: onClose })
  }
  return (
    <FormDialog heading={t('plans.intervention.retire')} onClose={onClose}
      footer={
        <Row>
          <Button onClick={submit} disabled={mutation.isPending}>{t('plans.intervention.retireConfirm')}</Button>
          <Button variant="secondary" onClick={onClose}>{t('common.cancel')}</Button>
        </Row>
      }>
      <Paragraph className="ams-mb-m">{t('plans.intervention.retireText')}</Paragraph>
      {mutation.isError && !errors.reason && <ProblemAlert error={mutation.error} headingLevel={3} />}
      <TextAreaField id="retire-reason" label={t('plans.fields.reason')} value={reason} onChange={setReason} required
        error={localError ?? errors.reason} />
    </FormDialog>
  )
}
