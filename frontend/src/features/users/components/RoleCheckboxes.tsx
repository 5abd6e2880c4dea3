import { Checkbox, Column, ErrorMessage, FieldSet } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { ROLES } from '../../../lib/api/enums'
import type { Role } from '../../../lib/api/types'

type Props = { id: string; value: Role[]; onChange: (roles: Role[]) => void; error?: string }

export function RoleCheckboxes({ id, value, onChange, error }: Props) {
  const { t } = useTranslation()
  const errorId = `${id}-error`
  function toggle(role: Role, checked: boolean) {
    onChange(checked ? ROLES.filter((r) => r === role || value.includes(r)) : value.filter((r) => r !== role))
  }
  return (
    <FieldSet legend={t('users.roles')} invalid={Boolean(error)} aria-describedby={error ? errorId : undefined}
      id={id} className="ams-mb-m">
      {error && (
        <ErrorMessage id={errorId} prefix={t('form.errorPrefix')}>
          {error}
        </ErrorMessage>
      )}
      <Column gap="x-small">
        {ROLES.map((role) => (
          <Checkbox key={role} name={`${id}-${role}`} checked={value.includes(role)} invalid={Boolean(error)}
            onChange={(event) => toggle(role, event.target.checked)}>
            {t(`enums.role.${role}`)}
          </Checkbox>
        ))}
      </Column>
    </FieldSet>
  )
}
