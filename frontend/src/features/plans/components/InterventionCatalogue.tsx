import { Checkbox, Heading, Link, Paragraph, Table } from '@amsterdam/design-system-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FilterForm } from '../../../components/FilterForm'
import { SelectField, TextField } from '../../../components/fields'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { TableScroll } from '../../../components/TableScroll'
import { usePageTitle } from '../../../components/usePageTitle'
import { useInterventions } from '../api/listInterventions'
import { INTERVENTION_TYPES, type DimensionCode, type InterventionFilters, type InterventionType } from '../api/types'
import { DIMENSIONS, useLocal } from './vocabulary'

const EMPTY = { q: '', type: '', dimension: '', indicator: '', age: '', includeRetired: false }

/** The instrumentenkoffer: search and filter the interventions; managers add new ones. */
export function InterventionCatalogue({ canManage }: { readonly canManage: boolean }) {
  const { t } = useTranslation()
  const local = useLocal()
  usePageTitle(t('plans.catalogue.title'))
  const [form, setForm] = useState(EMPTY)
  const [filters, setFilters] = useState<InterventionFilters>({})
  const query = useInterventions(filters)
  const set = (key: keyof typeof EMPTY) => (value: string) => setForm((current) => ({ ...current, [key]: value }))

  function apply() {
    const next: InterventionFilters = {}
    if (form.q.trim()) next.q = form.q.trim()
    if (form.type) next.type = form.type as InterventionType
    if (form.dimension) next.dimension = form.dimension as DimensionCode
    if (form.indicator.trim()) next.indicator = form.indicator.trim().toUpperCase()
    const age = Number.parseInt(form.age, 10)
    if (Number.isFinite(age)) next.age = age
    if (form.includeRetired) next.includeRetired = true
    setFilters(next)
  }

  return (
    <>
      <Heading level={1} className="ams-mb-m">
        {t('plans.catalogue.title')}
      </Heading>
      <Paragraph className="ams-mb-m">{t('plans.catalogue.intro')}</Paragraph>
      {canManage && (
        <Paragraph className="ams-mb-m">
          <Link href="/interventions/new" linkComponent={RouterLinkAdapter}>
            {t('plans.catalogue.new')}
          </Link>
        </Paragraph>
      )}
      <FilterForm label={t('plans.catalogue.filters')} onApply={apply} onReset={() => { setForm(EMPTY); setFilters({}) }}>
        <TextField id="intervention-q" label={t('plans.catalogue.search')} value={form.q} onChange={set('q')} />
        <SelectField id="intervention-type" label={t('plans.fields.type')} value={form.type} onChange={set('type')}>
          <option value="">{t('plans.catalogue.all')}</option>
          {INTERVENTION_TYPES.map((type) => (
            <option key={type} value={type}>{t(`plans.interventionType.${type}`)}</option>
          ))}
        </SelectField>
        <SelectField id="intervention-dimension" label={t('plans.fields.dimension')} value={form.dimension} onChange={set('dimension')}>
          <option value="">{t('plans.catalogue.all')}</option>
          {DIMENSIONS.map((dimension) => (
            <option key={dimension} value={dimension}>{t(`enums.dimension.${dimension}`)}</option>
          ))}
        </SelectField>
        <TextField id="intervention-indicator" label={t('plans.fields.indicator')} value={form.indicator} onChange={set('indicator')} />
        <TextField id="intervention-age" label={t('plans.fields.age')} value={form.age} onChange={set('age')} inputMode="numeric" />
        <Checkbox checked={form.includeRetired}
          onChange={(event) => setForm((current) => ({ ...current, includeRetired: event.target.checked }))}>
          {t('plans.catalogue.includeRetired')}
        </Checkbox>
      </FilterForm>
      {query.isPending && <Loading />}
      {query.isError && <ProblemAlert error={query.error} />}
      {query.data && query.data.length === 0 && <Paragraph>{t('plans.catalogue.none')}</Paragraph>}
      {query.data && query.data.length > 0 && (
        <TableScroll label={t('plans.catalogue.caption')}>
          <Table>
            <Table.Caption>{t('plans.catalogue.caption')}</Table.Caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t('plans.fields.code')}</Table.HeaderCell>
                <Table.HeaderCell>{t('plans.fields.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('plans.fields.type')}</Table.HeaderCell>
                <Table.HeaderCell>{t('plans.fields.provider')}</Table.HeaderCell>
                <Table.HeaderCell>{t('plans.fields.availability')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {query.data.map((item) => (
                <Table.Row key={item.id}>
                  <Table.Cell>{item.code}</Table.Cell>
                  <Table.Cell>
                    <Link href={`/interventions/${item.id}`} linkComponent={RouterLinkAdapter}>
                      {local(item.name)}
                    </Link>
                    {item.retiredAt && ` (${t('plans.catalogue.retired')})`}
                  </Table.Cell>
                  <Table.Cell>{t(`plans.interventionType.${item.type}`)}</Table.Cell>
                  <Table.Cell>{item.provider.name}</Table.Cell>
                  <Table.Cell>{t(`plans.availability.${item.availability}`)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </>
  )
}
