import { Button, Link, Paragraph, Table } from '@amsterdam/design-system-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { TableScroll } from '../../../components/TableScroll'
import { useFormat } from '../../../lib/i18n/format'
import { useFramework } from '../api/getFramework'
import { useFrameworks } from '../api/listFrameworks'
import { useOpenAlerts } from '../api/listOpenAlerts'
import type { AlertListItem } from '../api/types'
import { AcknowledgeDialog } from './AcknowledgeDialog'
import { useLocalText } from './vocabulary'

/** "D1 Threat / intent" from the published framework version; the code alone until it is loaded. */
function usePublishedIndicatorNames() {
  const { t } = useTranslation()
  const local = useLocalText()
  const frameworks = useFrameworks()
  const framework = useFramework(frameworks.data?.find((item) => item.status === 'published')?.id)
  return (code: string) => {
    const indicator = framework.data?.indicators.find((item) => item.code === code)
    return indicator ? t('indicator.heading', { code, label: local(indicator.label) }) : code
  }
}

/** Acute alerts nobody has taken up yet, across the cases the actor may see; coordinators and police take them up here. */
export function OpenAlerts({ canAcknowledge }: { canAcknowledge: boolean }) {
  const { t } = useTranslation()
  const format = useFormat()
  const query = useOpenAlerts()
  const indicatorName = usePublishedIndicatorNames()
  const [acknowledging, setAcknowledging] = useState<AlertListItem | null>(null)
  const [handled, setHandled] = useState<AlertListItem | null>(null)
  const status = useRef<HTMLParagraphElement>(null)

  // The row and its button are gone once the alert is taken up: the confirmation gets the focus.
  useEffect(() => {
    if (handled) status.current?.focus()
  }, [handled])

  return (
    <>
      <div role="status">
        {handled && (
          <Paragraph ref={status} tabIndex={-1} className="ams-mb-m">
            {t('openAlerts.handled', { reference: handled.caseReference })}
          </Paragraph>
        )}
      </div>
      {query.isPending && <Loading />}
      {query.isError && <ProblemAlert error={query.error} />}
      {query.data?.length === 0 && <Paragraph>{t('openAlerts.empty')}</Paragraph>}
      {query.data && query.data.length > 0 && (
        <TableScroll label={t('openAlerts.tableCaption')}>
          <Table>
            <Table.Caption>{t('openAlerts.tableCaption')}</Table.Caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('cases.reference')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('openAlerts.indicators')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('openAlerts.raisedAt')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('openAlerts.action')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {query.data.map((alert) => (
                <Table.Row key={alert.id}>
                  <Table.Cell>
                    <Link href={`/cases/${alert.caseId}`} linkComponent={RouterLinkAdapter} className="casusregie-nowrap">
                      {alert.caseReference}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{alert.indicatorCodes.map(indicatorName).join('; ')}</Table.Cell>
                  <Table.Cell>{format.dateTime(alert.raisedAt)}</Table.Cell>
                  <Table.Cell>
                    {canAcknowledge ? (
                      <Button variant="secondary" onClick={() => setAcknowledging(alert)}
                        aria-label={t('openAlerts.acknowledgeFor', { reference: alert.caseReference })}>
                        {t('alerts.acknowledge')}
                      </Button>
                    ) : (
                      t('openAlerts.waiting')
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {acknowledging && (
        <AcknowledgeDialog alert={acknowledging} indicatorName={indicatorName} onAcknowledged={() => setHandled(acknowledging)}
          onClose={() => setAcknowledging(null)} />
      )}
    </>
  )
}
