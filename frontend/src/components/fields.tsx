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

export function TextField(props: BaseProps & { readonly type?: 'text' | 'email'; readonly inputMode?: 'numeric' }) {
  const { id, label, value, onChange, error, hint, optional, required, autoComplete, type = 'text', inputMode } = props
  return (
    <Field invalid={Boolean(error)} className="ams-mb-m">
      <Label htmlFor={id} hint={useLabelHint(hint, optional)}>
        {label}
      </Label>
      <FieldError id={id} error={error} />
      <TextInput
        id={id}
        name={id}
        type={type}
        inputMode={inputMode}
        value={value}
        aria-required={required || undefined}
        autoComplete={autoComplete}
        invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      />
    </Field>
  )
}

export function PasswordField(props: BaseProps) {
  const { id, label, value, onChange, error, hint, optional, required, autoComplete } = props
  return (
    <Field invalid={Boolean(error)} className="ams-mb-m">
      <Label htmlFor={id} hint={useLabelHint(hint, optional)}>
        {label}
      </Label>
      <FieldError id={id} error={error} />
      <PasswordInput
        id={id}
        name={id}
        value={value}
        aria-required={required || undefined}
        autoComplete={autoComplete}
        invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      />
    </Field>
  )
}

export function SelectField(props: BaseProps & { readonly children: ReactNode }) {
  const { id, label, value, onChange, error, hint, optional, required, children } = props
  return (
    <Field invalid={Boolean(error)} className="ams-mb-m">
      <Label htmlFor={id} hint={useLabelHint(hint, optional)}>
        {label}
      </Label>
      <FieldError id={id} error={error} />
      <Select
        id={id}
        name={id}
        value={value}
        aria-required={required || undefined}
        invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
      >
        {children}
      </Select>
    </Field>
  )
}

export function TextAreaField(props: BaseProps & { readonly rows?: number; readonly maxLength?: number }) {
  const { id, label, value, onChange, error, hint, optional, required, rows = 4, maxLength } = props
  return (
    <Field invalid={Boolean(error)} className="ams-mb-m">
      <Label htmlFor={id} hint={useLabelHint(hint, optional)}>
        {label}
      </Label>
      <FieldError id={id} error={error} />
      <TextArea
        id={id}
        name={id}
        rows={rows}
        value={value}
        maxLength={maxLength}
        resize="vertical"
        aria-required={required || undefined}
        invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
      />
    </Field>
  )
}

/** A calendar date as YYYY-MM-DD (the browser's date picker). */
export function DateField(props: BaseProps & { readonly max?: string }) {
  const { id, label, value, onChange, error, hint, optional, required, max } = props
  return (
    <Field invalid={Boolean(error)} className="ams-mb-m">
      <Label htmlFor={id} hint={useLabelHint(hint, optional)}>
        {label}
      </Label>
      <FieldError id={id} error={error} />
      <DateInput
        id={id}
        name={id}
        value={value}
        max={max}
        aria-required={required || undefined}
        invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      />
    </Field>
  )
}
