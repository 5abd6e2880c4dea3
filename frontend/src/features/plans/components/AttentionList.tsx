import { Heading, Link, Paragraph, Select, Table } from '@amsterdam/design-system-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { SelectField } from '../../../components/fields'
import { FilterForm } from '../../../components/FilterForm'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { TableScroll } from '../../../components/TableScroll'
import { usePageTitle } from '../../../components/usePageTitle'
import { useFormat } from '../../../lib/i18n/format'
import { useAttention } from '../api/listAttention'
import type { AttentionFilters, AttentionItem } from '../api/planTypes'

type Choice = { id: string; name: string }

/** The organisations and regisseurs in the items, for the filters (the list itself is the only source the actor has). */
function choicesOf(items: readonly AttentionItem[]) {
  const organisations = new Map<string, string>()
  const regisseurs = new Map<string, string>()
  for (const item of items) {
    if (item.organisationId) organisations.set(item.organisationId, item.organisationName ?? item.organisationId)
    if (item.regisseur?.id) regisseurs.set(item.regisseur.id, item.regisseur.name)
  }
  const sorted = (map: Map<string, string>): Choice[] =>
    [...map].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name))
  return { organisations: sorted(organisations), regisseurs: sorted(regisseurs) }
}

/** Stalled actions and overdue goals across the plans in force, filtered by organisation and regisseur. */
export function AttentionList() {
  const { t } = useTranslation()
  usePageTitle(t('plans.attention.title'))
  const [params, setParams] = useSearchParams()
  const filters: AttentionFilters = {
    ...(params.get('organisationId') ? { organisationId: params.get('organisationId') ?? '' } : {}),
    ...(params.get('regisseurId') ? { regisseurId: params.get('regisseurId') ?? '' } : {}),
  }
  const [form, setForm] = useState({ organisationId: filters.organisationId ?? '', regisseurId: filters.regisseurId ?? '' })
  const query = useAttention(filters)
  // The unfiltered list names every organisation and regisseur there is to choose from (cached, so usually free).
  const all = useAttention({})
  const choices = choicesOf([...(all.data?.items ?? []), ...(query.data?.items ?? [])])

  function apply(next: typeof form) {
    const search = new URLSearchParams()
    if (next.organisationId) search.set('organisationId', next.organisationId)
    if (next.regisseurId) search.set('regisseurId', next.regisseurId)
    setParams(search)
  }

  return (
    <>
      <Heading level={1} className="ams-mb-s">
        {t('plans.attention.title')}
      </Heading>
      <Paragraph className="ams-mb-m">{t('plans.attention.intro')}</Paragraph>
      <FilterForm label={t('plans.attention.filters')} onApply={() => apply(form)}
        onReset={() => {
          const empty = { organisationId: '', regisseurId: '' }
          setForm(empty)
          apply(empty)
        }}>
        <SelectField id="attention-organisation" label={t('plans.attention.organisation')} value={form.organisationId}
          onChange={(organisationId) => setForm((current) => ({ ...current, organisationId }))}>
          <Select.Option value="">{t('plans.attention.allOrganisations')}</Select.Option>
          {choices.organisations.map((item) => (
            <Select.Option key={item.id} value={item.id}>{item.name}</Select.Option>
          ))}
        </SelectField>
        <SelectField id="attention-regisseur" label={t('plans.attention.regisseur')} value={form.regisseurId}
          onChange={(regisseurId) => setForm((current) => ({ ...current, regisseurId }))}>
          <Select.Option value="">{t('plans.attention.allRegisseurs')}</Select.Option>
          {choices.regisseurs.map((item) => (
            <Select.Option key={item.id} value={item.id}>{item.name}</Select.Option>
          ))}
        </SelectField>
      </FilterForm>
      {query.isPending && <Loading />}
      {query.isError && <ProblemAlert error={query.error} />}
      {query.data && query.data.items.length === 0 && <Paragraph>{t('plans.attention.none')}</Paragraph>}
      {query.data && query.data.items.length > 0 && <AttentionTable items={query.data.items} />}
    </>
  )
}

function AttentionTable({ items }: { items: AttentionItem[] }) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <TableScroll label={t('plans.attention.caption')}>
      <Table>
        <Table.Caption>{t('plans.attention.caption')}</Table.Caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('plans.attention.case')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plans.attention.plan')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plans.attention.kind')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plans.attention.item')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plans.attention.reason')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plans.attention.date')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plans.attention.organisation')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plans.attention.owner')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plans.attention.regisseur')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plans.attention.lastUpdate')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {items.map((item) => (
            <Table.Row key={`${item.kind}-${item.itemId}`}>
              <Table.Cell>
                <Link href={`/cases/${item.caseId}`} linkComponent={RouterLinkAdapter} className="casusregie-nowrap">
                  {item.caseReference}
                </Link>
              </Table.Cell>
              <Table.Cell>
                <Link href={`/plans/${item.planId}`} linkComponent={RouterLinkAdapter} className="casusregie-nowrap">
                  {t('plans.attention.planLink', { number: item.planNumber })}
                </Link>
              </Table.Cell>
              <Table.Cell>{t(`plans.attention.kinds.${item.kind}`)}</Table.Cell>
              <Table.Cell>{item.title}</Table.Cell>
              <Table.Cell>{t(`plans.attention.reasons.${item.reason}`)}</Table.Cell>
              <Table.Cell className="casusregie-nowrap">{format.date(item.dueOn)}</Table.Cell>
              <Table.Cell>{item.organisationName ?? '–'}</Table.Cell>
              <Table.Cell>{item.ownerName ?? '–'}</Table.Cell>
              <Table.Cell>{item.regisseur?.name ?? '–'}</Table.Cell>
              <Table.Cell>{item.lastUpdateAt ? format.date(item.lastUpdateAt) : '–'}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  )
}
