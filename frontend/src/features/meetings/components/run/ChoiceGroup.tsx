import { ErrorMessage, FieldSet, Radio, Row } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { fieldId } from '../vocabulary'

type Props<T extends string> = {
  /** The invalidParams path of this answer ("checklist.B1", "views.<orgId>"). */
  readonly path: string
  readonly legend: string
  readonly options: readonly T[]
  readonly label: (option: T) => string
  readonly value: T | undefined
  readonly error?: string
  readonly onChange: (value: T) => void
}

/** One question answered by radio buttons, with the server's reason for it right at the question. */
export function ChoiceGroup<T extends string>({ path, legend, options, label, value, error, onChange }: Props<T>) {
  const { t } = useTranslation()
  const id = fieldId(path)
  return (
    <FieldSet legend={legend} inFieldSet invalid={Boolean(error)} id={id} className="ams-mb-s"
      aria-describedby={error ? `${id}-error` : undefined}>
      {error && <ErrorMessage id={`${id}-error`} prefix={t('form.errorPrefix')}>{error}</ErrorMessage>}
      <Row wrap gap="small">
        {options.map((option) => (
          <Radio key={option} name={id} value={option} checked={value === option} invalid={Boolean(error)}
            onChange={() => onChange(option)}>
            {label(option)}
          </Radio>
        ))}
      </Row>
    </FieldSet>
  )
}
