import { Select } from '@amsterdam/design-system-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ActiveSelect } from '../../../components/ActiveSelect'
import { SelectField, TextField } from '../../../components/fields'
import { FilterForm } from '../../../components/FilterForm'
import { ROLES } from '../../../lib/api/enums'
import type { Role } from '../../../lib/api/types'
import type { UserFilters as Filters } from '../api/listUsers'
import { OrganisationSelect } from './OrganisationSelect'

export function UserFilters({ onChange }: { onChange: (filters: Filters) => void }) {
  const { t } = useTranslation()
  const [q, setQ] = useState('')
  const [organisationId, setOrganisationId] = useState('')
  const [role, setRole] = useState<Role | ''>('')
  const [active, setActive] = useState<boolean | undefined>(undefined)

  return (
    <FilterForm
      label={t('users.filtersLabel')}
      onApply={() =>
        onChange({ q: q.trim() || undefined, organisationId: organisationId || undefined, role: role || undefined, active })
      }
      onReset={() => {
        setQ('')
        setOrganisationId('')
        setRole('')
        setActive(undefined)
        onChange({})
      }}
    >
      <TextField id="user-filter-q" label={t('filters.search')} value={q} onChange={setQ} />
      <OrganisationSelect id="user-filter-organisation" value={organisationId} onChange={setOrganisationId}
        emptyLabel={t('filters.allOrganisations')} />
      <SelectField id="user-filter-role" label={t('users.role')} value={role} onChange={(v) => setRole(v as Role | '')}>
        <Select.Option value="">{t('filters.allRoles')}</Select.Option>
        {ROLES.map((r) => (
          <Select.Option key={r} value={r}>{t(`enums.role.${r}`)}</Select.Option>
        ))}
      </SelectField>
      <ActiveSelect id="user-filter-active" value={active} onChange={setActive} />
    </FilterForm>
  )
}
