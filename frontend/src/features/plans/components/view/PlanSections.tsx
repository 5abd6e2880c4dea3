import { Badge, Heading, Paragraph, Table } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { TableScroll } from '../../../../components/TableScroll'
import { useFormat } from '../../../../lib/i18n/format'
import type { Plan } from '../../api/planTypes'
import { GoalStatusBadge } from '../vocabulary'

/** A text section of the plan; withheld ones say so rather than showing an empty block. */
export function TextSection({ id, heading, text, withheld }: { id: string; heading: string; text: string; withheld: boolean }) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby={id}>
      <Heading level={2} id={id} className="ams-mb-s">
        {heading}
      </Heading>
      {withheld ? (
        <Paragraph className="casusregie-note">{t('plans.view.withheld')}</Paragraph>
      ) : (
        <Paragraph className="casusregie-prewrap">{text || t('plans.view.none')}</Paragraph>
      )}
    </section>
  )
}

export function ProtectiveFactorsSection({ plan }: { plan: Plan }) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="plan-factors-heading">
      <Heading level={2} id="plan-factors-heading" className="ams-mb-s">
        {t('plans.sections.protectiveFactors')}
      </Heading>
      {plan.protectiveFactors.length === 0 ? (
        <Paragraph>{t('plans.view.none')}</Paragraph>
      ) : (
        <TableScroll label={t('plans.view.factorsCaption')}>
          <Table>
            <Table.Caption className="ams-visually-hidden">{t('plans.view.factorsCaption')}</Table.Caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('plans.fields.indicator')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('plans.fields.note')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {plan.protectiveFactors.map((factor, index) => (
                <Table.Row key={`${factor.indicatorCode}-${index}`}>
                  <Table.Cell>{factor.indicatorCode}</Table.Cell>
                  <Table.Cell>{factor.note}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  )
}

export function GoalsSection({ plan }: { plan: Plan }) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <section aria-labelledby="plan-goals-heading">
      <Heading level={2} id="plan-goals-heading" className="ams-mb-s">
        {t('plans.sections.goals')}
      </Heading>
      {plan.goals.length === 0 ? (
        <Paragraph>{t('plans.view.none')}</Paragraph>
      ) : (
        <TableScroll label={t('plans.view.goalsCaption')}>
          <Table>
            <Table.Caption className="ams-visually-hidden">{t('plans.view.goalsCaption')}</Table.Caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('plans.fields.goal')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('plans.fields.targetOn')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('plans.fields.indicatorCodes')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('plans.fields.status')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('plans.fields.note')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {plan.goals.map((goal) => (
                <Table.Row key={goal.id}>
                  <Table.Cell>{goal.text}</Table.Cell>
                  <Table.Cell>
                    <span className="casusregie-nowrap">{format.date(goal.targetOn)}</span>
                    {goal.overdue && (
                      <>
                        {' '}
                        <Badge color="magenta" label={t('plans.view.overdue')} />
                      </>
                    )}
                  </Table.Cell>
                  <Table.Cell>{goal.indicatorCodes.join(', ')}</Table.Cell>
                  <Table.Cell>
                    <GoalStatusBadge status={goal.status} />
                  </Table.Cell>
                  <Table.Cell>{goal.note}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  )
}
