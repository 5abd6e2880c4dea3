import { Select } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { SelectField } from '../../../components/fields'
import { useOrganisationOptions } from '../api/listOrganisationOptions'

type Props = {
  id: string
  value: string
  onChange: (organisationId: string) => void
  error?: string
  /** The first, empty option: "all organisations" for filters, "choose" for forms. */
  emptyLabel: string
  required?: boolean
  /** Keeps the current organisation selectable even if it is not among the options (e.g. inactive). */
  current?: { id: string; name: string }
}

export function OrganisationSelect({ id, value, onChange, error, emptyLabel, required, current }: Props) {
  const { t } = useTranslation()
  const options = useOrganisationOptions()
  const list = options.data ?? []
  const withCurrent = current && !list.some((o) => o.id === current.id) ? [{ ...current, active: true }, ...list] : list
  return (
    <SelectField id={id} label={t('users.organisation')} value={value} onChange={onChange} error={error}
      required={required}>
      <Select.Option value="">{emptyLabel}</Select.Option>
      {withCurrent.map((organisation) => (
        <Select.Option key={organisation.id} value={organisation.id}>
          {organisation.active ? organisation.name : `${organisation.name} (${t('common.inactive')})`}
        </Select.Option>
      ))}
    </SelectField>
  )
}
