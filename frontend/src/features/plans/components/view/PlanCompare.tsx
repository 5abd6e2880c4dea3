import { Heading, Paragraph, Select, Table } from '@amsterdam/design-system-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField } from '../../../../components/fields'
import { Loading } from '../../../../components/Loading'
import { ProblemAlert } from '../../../../components/ProblemAlert'
import { TableScroll } from '../../../../components/TableScroll'
import { useFormat } from '../../../../lib/i18n/format'
import { usePlanDiff } from '../../api/getPlanDiff'
import { useCasePlans } from '../../api/listCasePlans'
import { CHANGE_SECTIONS, type Change, type ChangeSection, type Plan } from '../../api/planTypes'

const DATE = /^\d{4}-\d{2}-\d{2}$/
const FIELD_NAMES = [
  'text', 'targetOn', 'indicatorCodes', 'indicatorCode', 'status', 'note', 'interventionId', 'intervention', 'customTitle',
  'goalIds', 'responsibleOrganisationId', 'responsibleOrganisationName', 'ownerName', 'startOn', 'dueOn', 'statusReason',
  'externalReference',
] as const
const isKnownField = (field: string): field is (typeof FIELD_NAMES)[number] => (FIELD_NAMES as readonly string[]).includes(field)

/** Compares this version with another of the same case: the changes, grouped by section. */
export function PlanCompare({ plan }: { plan: Plan }) {
  const { t } = useTranslation()
  const versions = useCasePlans(plan.caseId)
  const others = (versions.data?.items ?? []).filter((item) => item.id !== plan.id)
  const previous = others.find((item) => item.number < plan.number) ?? others[0]
  const [chosen, setChosen] = useState<string>()
  const against = chosen ?? previous?.id
  const diff = usePlanDiff(plan.id, against)

  return (
    <section aria-labelledby="plan-compare-heading" className="casusregie-no-print">
      <Heading level={2} id="plan-compare-heading" className="ams-mb-s">
        {t('plans.view.compare')}
      </Heading>
      {versions.isPending && <Loading />}
      {versions.isError && <ProblemAlert error={versions.error} headingLevel={3} />}
      {versions.data && others.length === 0 && <Paragraph>{t('plans.diff.onlyVersion')}</Paragraph>}
      {others.length > 0 && (
        <SelectField id="plan-compare-against" label={t('plans.diff.against')} value={against ?? ''} onChange={setChosen}>
          {others.map((item) => (
            <Select.Option key={item.id} value={item.id}>
              {`${t('plans.version', { number: item.number })} (${t(`plans.planStatus.${item.status}`)})`}
            </Select.Option>
          ))}
        </SelectField>
      )}
      {diff.isFetching && !diff.data && <Loading />}
      {diff.isError && <ProblemAlert error={diff.error} headingLevel={3} />}
      {diff.data && (
        <>
          <Paragraph className="ams-mb-s">
            {t('plans.diff.compareHeading', { from: diff.data.from.number, to: diff.data.to.number })}
          </Paragraph>
          {diff.data.changes.length === 0 ? (
            <Paragraph>{t('plans.diff.none')}</Paragraph>
          ) : (
            CHANGE_SECTIONS.map((section) => {
              const changes = diff.data.changes.filter((change) => change.section === section)
              return changes.length ? <SectionChanges key={section} section={section} changes={changes} plan={plan} /> : null
            })
          )}
        </>
      )}
    </section>
  )
}

function SectionChanges({ section, changes, plan }: { section: ChangeSection; changes: Change[]; plan: Plan }) {
  const { t } = useTranslation()
  const format = useFormat()
  const caption = `${t('plans.diff.caption')}: ${t(`plans.sections.${section}`)}`
  const fieldName = (field: string | null) => {
    if (!field) return ''
    return isKnownField(field) ? t(`plans.diff.fieldNames.${field}`) : field
  }
  const item = (change: Change) => {
    if (!change.itemId) return ''
    const goal = plan.goals.find((g) => g.id === change.itemId)
    if (goal) return goal.text
    const action = plan.actions.find((a) => a.id === change.itemId)
    return action ? (action.customTitle ?? action.intervention?.code ?? '') : ''
  }
  const value = (raw: Change['before']) => {
    if (raw === null || raw === '' || (Array.isArray(raw) && raw.length === 0)) return t('plans.diff.empty')
    if (Array.isArray(raw)) return raw.join(', ')
    return DATE.test(raw) ? format.date(raw) : raw
  }
  return (
    <TableScroll label={caption}>
      <Table className="ams-mb-m">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('plans.diff.kind')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plans.diff.item')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plans.diff.field')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plans.diff.before')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plans.diff.after')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {changes.map((change, index) => (
            <Table.Row key={`${change.itemId ?? ''}-${change.field ?? ''}-${index}`}>
              <Table.Cell>{t(`plans.diff.kinds.${change.kind}`)}</Table.Cell>
              <Table.Cell>{item(change)}</Table.Cell>
              <Table.Cell>{fieldName(change.field)}</Table.Cell>
              <Table.Cell className="casusregie-prewrap">{value(change.before)}</Table.Cell>
              <Table.Cell className="casusregie-prewrap">{value(change.after)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  )
}
