import { Select } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { SelectField } from './fields'

/** Filter on active / inactive / both, as the `active` query parameter. */
export function ActiveSelect({ id, value, onChange }: { id: string; value?: boolean; onChange: (value?: boolean) => void }) {
  const { t } = useTranslation()
  return (
    <SelectField
      id={id}
      label={t('filters.status')}
      value={value === undefined ? '' : String(value)}
      onChange={(v) => onChange(v === '' ? undefined : v === 'true')}
    >
      <Select.Option value="">{t('filters.allStatuses')}</Select.Option>
      <Select.Option value="true">{t('common.active')}</Select.Option>
      <Select.Option value="false">{t('common.inactive')}</Select.Option>
    </SelectField>
  )
}
