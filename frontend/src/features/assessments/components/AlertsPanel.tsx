import { Alert as AdsAlert, Button, Column, Heading, Paragraph, UnorderedList } from '@amsterdam/design-system-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { useFormat } from '../../../lib/i18n/format'
import { useCaseAlerts } from '../api/listCaseAlerts'
import type { Alert } from '../api/types'
import { AcknowledgeDialog } from './AcknowledgeDialog'

type Props = {
  readonly caseId: string
  readonly canAcknowledge: boolean
  /** Indicator code to "A3 Justification of violence", from the framework at hand. */
  readonly indicatorName: (code: string) => string
}

/** Acute alerts: open ones prominent, with the acknowledge action for coordinators and police; handled ones listed. */
export function AlertsPanel({ caseId, canAcknowledge, indicatorName }: Props) {
  const { t } = useTranslation()
  const format = useFormat()
  const query = useCaseAlerts(caseId)
  const [acknowledging, setAcknowledging] = useState<Alert | null>(null)
  if (query.isPending) return null
  if (query.isError) return <ProblemAlert error={query.error} headingLevel={3} />
  const open = query.data.filter((alert) => !alert.acknowledgedAt)
  const handled = query.data.filter((alert) => alert.acknowledgedAt)
  if (query.data.length === 0) return null
  return (
    <section aria-labelledby="case-alerts-heading">
      <Heading level={3} id="case-alerts-heading" className="ams-mb-s">
        {t('alerts.heading')}
      </Heading>
      <Column>
        {open.map((alert) => (
          <AdsAlert key={alert.id} heading={t('alerts.openHeading', { date: format.dateTime(alert.raisedAt) })} headingLevel={4}
            severity="error" data-testid="open-alert">
            <Paragraph>{t('alerts.openText')}</Paragraph>
            <UnorderedList className="ams-mb-s">
              {alert.indicatorCodes.map((code) => (
                <UnorderedList.Item key={code}>{indicatorName(code)}</UnorderedList.Item>
              ))}
            </UnorderedList>
            {canAcknowledge ? (
              <Button variant="secondary" onClick={() => setAcknowledging(alert)}>
                {t('alerts.acknowledge')}
              </Button>
            ) : (
              <Paragraph size="small">{t('alerts.waitingForAcknowledgement')}</Paragraph>
            )}
          </AdsAlert>
        ))}
        {handled.length > 0 && (
          <div>
            <Heading level={4} className="ams-mb-xs">
              {t('alerts.handledHeading')}
            </Heading>
            <UnorderedList>
              {handled.map((alert) => (
                <UnorderedList.Item key={alert.id}>
                  {t('alerts.handled', {
                    raisedAt: format.dateTime(alert.raisedAt),
                    codes: alert.indicatorCodes.join(', '),
                    acknowledgedAt: format.dateTime(alert.acknowledgedAt),
                    by: alert.acknowledgedBy ?? '–',
                    routedTo: alert.routedTo ? t(`enums.routedTo.${alert.routedTo}`) : '–',
                  })}
                  {alert.routingNote && <> {t('alerts.note', { note: alert.routingNote })}</>}
                </UnorderedList.Item>
              ))}
            </UnorderedList>
          </div>
        )}
      </Column>
      {acknowledging && (
        <AcknowledgeDialog alert={acknowledging} indicatorName={indicatorName} onClose={() => setAcknowledging(null)} />
      )}
    </section>
  )
}
