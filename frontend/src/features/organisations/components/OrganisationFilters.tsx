import { Select } from '@amsterdam/design-system-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ActiveSelect } from '../../../components/ActiveSelect'
import { SelectField, TextField } from '../../../components/fields'
import { FilterForm } from '../../../components/FilterForm'
import { ORGANISATION_KINDS } from '../../../lib/api/enums'
import type { OrganisationKind } from '../../../lib/api/types'
import type { OrganisationFilters as Filters } from '../api/listOrganisations'

export function OrganisationFilters({ onChange }: { onChange: (filters: Filters) => void }) {
  const { t } = useTranslation()
  const [q, setQ] = useState('')
  const [kind, setKind] = useState<OrganisationKind | ''>('')
  const [active, setActive] = useState<boolean | undefined>(undefined)

  return (
    <FilterForm
      label={t('organisations.filtersLabel')}
      onApply={() => onChange({ q: q.trim() || undefined, kind: kind || undefined, active })}
      onReset={() => {
        setQ('')
        setKind('')
        setActive(undefined)
        onChange({})
      }}
    >
      <TextField id="org-filter-q" label={t('filters.search')} value={q} onChange={setQ} />
      <SelectField id="org-filter-kind" label={t('organisations.kind')} value={kind}
        onChange={(value) => setKind(value as OrganisationKind | '')}>
        <Select.Option value="">{t('filters.allKinds')}</Select.Option>
        {ORGANISATION_KINDS.map((k) => (
          <Select.Option key={k} value={k}>{t(`enums.organisationKind.${k}`)}</Select.Option>
        ))}
      </SelectField>
      <ActiveSelect id="org-filter-active" value={active} onChange={setActive} />
    </FilterForm>
  )
}
