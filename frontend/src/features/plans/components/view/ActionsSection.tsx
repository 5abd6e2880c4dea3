import { Badge, Column, DescriptionList, Heading, Paragraph, UnorderedList } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../../../lib/i18n/format'
import type { Action, Plan } from '../../api/planTypes'
import { ActionStatusBadge, useLocal } from '../vocabulary'
import { ActionStatusForm } from './ActionStatusForm'
import { actionTitle, goalTexts } from './planText'

/** The plan's actions, each with its status, stalled flag, history and (on the plan in force) a status report form. */
export function ActionsSection({ plan }: { plan: Plan }) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="plan-actions-heading">
      <Heading level={2} id="plan-actions-heading" className="ams-mb-s">
        {t('plans.sections.actions')}
      </Heading>
      {plan.actions.length === 0 ? (
        <Paragraph>{t('plans.view.none')}</Paragraph>
      ) : (
        <Column>
          {plan.actions.map((action) => (
            <ActionItem key={action.id} plan={plan} action={action} />
          ))}
        </Column>
      )}
    </section>
  )
}

function ActionItem({ plan, action }: { plan: Plan; action: Action }) {
  const { t } = useTranslation()
  const local = useLocal()
  const format = useFormat()
  const title = actionTitle(action, local)
  const headingId = `action-${action.id}-heading`
  const rows: [string, string][] = [
    [t('plans.fields.source'), action.intervention ? `${t('plans.view.intervention')} ${action.intervention.code}` : t('plans.view.custom')],
    [t('plans.fields.responsibleOrganisation'), action.responsibleOrganisationName],
    [t('plans.fields.owner'), action.ownerName],
    [t('plans.fields.period'), `${format.date(action.startOn)} – ${format.date(action.dueOn)}`],
    [t('plans.fields.goals'), goalTexts(action.goalIds, plan.goals)],
    [t('plans.fields.reason'), action.statusReason ?? ''],
    [t('plans.fields.externalReference'), action.externalReference ?? ''],
  ]
  return (
    <article aria-labelledby={headingId} className="casusregie-plan-action">
      <Heading level={3} id={headingId} className="ams-mb-xs">
        {title}
      </Heading>
      <Paragraph className="ams-mb-s">
        <ActionStatusBadge status={action.status} />
        {action.stalled && (
          <>
            {' '}
            <Badge color="magenta" label={t(`plans.view.stalled.${action.stalled}`)} />
          </>
        )}
        {action.lastUpdateAt && <> {t('plans.view.lastUpdate', { date: format.date(action.lastUpdateAt) })}</>}
      </Paragraph>
      <DescriptionList className="ams-mb-s">
        {rows
          .filter(([, value]) => value)
          .map(([term, value]) => (
            <DescriptionList.Section key={term}>
              <DescriptionList.Term>{term}</DescriptionList.Term>
              <DescriptionList.Description>{value}</DescriptionList.Description>
            </DescriptionList.Section>
          ))}
      </DescriptionList>
      <Heading level={4} className="ams-mb-xs">
        {t('plans.status.history')}
      </Heading>
      {action.updates.length === 0 ? (
        <Paragraph size="small">{t('plans.view.noUpdates')}</Paragraph>
      ) : (
        <UnorderedList aria-label={t('plans.view.historyOf', { title })} size="small" className="ams-mb-s">
          {action.updates.map((update, index) => (
            <UnorderedList.Item key={`${update.at}-${index}`}>
              {t('plans.view.updateLine', {
                date: format.dateTime(update.at),
                status: t(`plans.actionStatus.${update.status}`),
                by: update.byName,
                organisation: update.organisationName,
              })}
              {update.reason && `: ${update.reason}`}
            </UnorderedList.Item>
          ))}
        </UnorderedList>
      )}
      {action.canReportStatus && plan.status === 'approved' && (
        <ActionStatusForm planId={plan.id} action={action} title={title} />
      )}
    </article>
  )
}
