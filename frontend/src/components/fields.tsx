import {
  DateInput,
  ErrorMessage,
  Field,
  Label,
  PasswordInput,
  Select,
  TextArea,
  TextInput,
} from '@amsterdam/design-system-react'
import type { ChangeEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

type BaseProps = {
  readonly id: string
  readonly label: string
  readonly value: string
  readonly onChange: (value: string) => void
  readonly error?: string
  readonly hint?: string
  readonly optional?: boolean
  /** Announced as aria-required; native `required` would paint the field invalid before anything is typed. */
  readonly required?: boolean
  readonly autoComplete?: string
}

function useLabelHint(hint?: string, optional?: boolean) {
  const { t } = useTranslation()
  return hint ?? (optional ? t('form.optional') : undefined)
}

function FieldError({ id, error }: { id: string; error?: string }) {
  const { t } = useTranslation()
  return error ? (
    <ErrorMessage id={`${id}-error`} prefix={t('form.errorPrefix')}>
      {error}
    </ErrorMessage>
  ) : null
}

/** The frame every field shares: label (with hint), linked error message, invalid state. */
function LabelledField({ id, label, error, hint, optional, children }: BaseProps & { readonly children: ReactNode }) {
  return (
    <Field invalid={Boolean(error)} className="ams-mb-m">
      <Label htmlFor={id} hint={useLabelHint(hint, optional)}>
        {label}
      </Label>
      <FieldError id={id} error={error} />
      {children}
    </Field>
  )
}

/** The props every control shares: name, value, change handler and its accessible state. */
function controlProps({ id, value, onChange, error, required }: BaseProps) {
  return {
    id,
    name: id,
    value,
    'aria-required': required || undefined,
    invalid: Boolean(error),
    'aria-describedby': error ? `${id}-error` : undefined,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      onChange(event.target.value),
  }
}

export function TextField(props: BaseProps & { readonly type?: 'text' | 'email'; readonly inputMode?: 'numeric' }) {
  return (
    <LabelledField {...props}>
      <TextInput
        {...controlProps(props)}
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete}
      />
    </LabelledField>
  )
}

export function PasswordField(props: BaseProps) {
  return (
    <LabelledField {...props}>
      <PasswordInput {...controlProps(props)} autoComplete={props.autoComplete} />
    </LabelledField>
  )
}

export function SelectField(props: BaseProps & { readonly children: ReactNode }) {
  const { children: options, ...field } = props
  return (
    <LabelledField {...field}>
      <Select {...controlProps(field)}>{options}</Select>
    </LabelledField>
  )
}

export function TextAreaField(props: BaseProps & { readonly rows?: number; readonly maxLength?: number }) {
  return (
    <LabelledField {...props}>
      <TextArea {...controlProps(props)} rows={props.rows ?? 4} maxLength={props.maxLength} resize="vertical" />
    </LabelledField>
  )
}

/** A calendar date as YYYY-MM-DD (the browser's date picker). */
export function DateField(props: BaseProps & { readonly max?: string }) {
  return (
    <LabelledField {...props}>
      <DateInput {...controlProps(props)} max={props.max} />
    </LabelledField>
  )
}
