import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TextField } from '../../../components/fields'
import { FilterForm } from '../../../components/FilterForm'
import type { AuditFilters as Filters } from '../api/listAuditEvents'

const FIELDS = ['action', 'recordType', 'recordId', 'actorId'] as const
type Field = (typeof FIELDS)[number]
const EMPTY: Record<Field, string> = { action: '', recordType: '', recordId: '', actorId: '' }

export function AuditFilters({ onChange }: { onChange: (filters: Filters) => void }) {
  const { t } = useTranslation()
  const [values, setValues] = useState(EMPTY)
  return (
    <FilterForm
      label={t('audit.filtersLabel')}
      onApply={() =>
        onChange(Object.fromEntries(FIELDS.filter((f) => values[f].trim()).map((f) => [f, values[f].trim()])))
      }
      onReset={() => {
        setValues(EMPTY)
        onChange({})
      }}
    >
      {FIELDS.map((field) => (
        <TextField key={field} id={`audit-filter-${field}`} label={t(`audit.${field}`)} value={values[field]}
          onChange={(value) => setValues((current) => ({ ...current, [field]: value }))} />
      ))}
    </FilterForm>
  )
}
