import { Select } from '@amsterdam/design-system-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DateField, SelectField, TextField } from '../../../components/fields'
import { FilterForm } from '../../../components/FilterForm'
import { CASE_SORTS, CASE_STATUSES, DISTRICTS, ESCALATION_LEVELS, IDEOLOGIES } from '../../../lib/api/enums'
import type { CaseFilters as Filters } from '../api/listCases'
import { filtersFromParams } from './filterParams'

type Draft = Record<'q' | 'status' | 'escalationLevel' | 'ideology' | 'district' | 'openedFrom' | 'openedTo' | 'sort', string>

function draftOf(filters: Filters): Draft {
  return {
    q: filters.q ?? '',
    status: filters.status ?? '',
    escalationLevel: filters.escalationLevel === undefined || filters.escalationLevel === null ? '' : String(filters.escalationLevel),
    ideology: filters.ideology ?? '',
    district: filters.district ?? '',
    openedFrom: filters.openedFrom ?? '',
    openedTo: filters.openedTo ?? '',
    sort: filters.sort ?? '',
  }
}

/** Starts from the filters in the address bar; re-mount it (key) when they change there. */
export function CaseFilters({ value, onChange }: { value: Filters; onChange: (filters: Filters) => void }) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState(() => draftOf(value))
  const set = (field: keyof Draft) => (v: string) => setDraft((current) => ({ ...current, [field]: v }))

  return (
    <FilterForm
      label={t('cases.filtersLabel')}
      onApply={() => onChange(filtersFromParams(new URLSearchParams(Object.entries(draft))))}
      onReset={() => {
        setDraft(draftOf({}))
        onChange({})
      }}
    >
      <TextField id="case-filter-q" label={t('filters.search')} hint={t('cases.searchHint')} value={draft.q}
        onChange={set('q')} />
      <SelectField id="case-filter-status" label={t('cases.status')} value={draft.status} onChange={set('status')}>
        <Select.Option value="">{t('cases.allStatuses')}</Select.Option>
        {CASE_STATUSES.map((status) => (
          <Select.Option key={status} value={status}>{t(`enums.caseStatus.${status}`)}</Select.Option>
        ))}
      </SelectField>
      <SelectField id="case-filter-level" label={t('cases.escalationLevel')} value={draft.escalationLevel}
        onChange={set('escalationLevel')}>
        <Select.Option value="">{t('cases.allLevels')}</Select.Option>
        {ESCALATION_LEVELS.map((level) => (
          <Select.Option key={level} value={String(level)}>{t(`enums.escalationLevel.${level}`)}</Select.Option>
        ))}
      </SelectField>
      <SelectField id="case-filter-ideology" label={t('cases.ideology')} value={draft.ideology} onChange={set('ideology')}>
        <Select.Option value="">{t('cases.allIdeologies')}</Select.Option>
        {IDEOLOGIES.map((ideology) => (
          <Select.Option key={ideology} value={ideology}>{t(`enums.ideology.${ideology}`)}</Select.Option>
        ))}
      </SelectField>
      <SelectField id="case-filter-district" label={t('cases.district')} value={draft.district} onChange={set('district')}>
        <Select.Option value="">{t('cases.allDistricts')}</Select.Option>
        {DISTRICTS.map((district) => (
          <Select.Option key={district} value={district}>{t(`enums.district.${district}`)}</Select.Option>
        ))}
      </SelectField>
      <DateField id="case-filter-opened-from" label={t('cases.openedFrom')} value={draft.openedFrom}
        onChange={set('openedFrom')} />
      <DateField id="case-filter-opened-to" label={t('cases.openedTo')} value={draft.openedTo} onChange={set('openedTo')} />
      <SelectField id="case-filter-sort" label={t('cases.sort')} value={draft.sort} onChange={set('sort')}>
        <Select.Option value="">{t('cases.sortDefault')}</Select.Option>
        {CASE_SORTS.filter((sort) => sort !== '-openedAt').map((sort) => (
          <Select.Option key={sort} value={sort}>{t(`cases.sortOptions.${sort}`)}</Select.Option>
        ))}
      </SelectField>
    </FilterForm>
  )
}
