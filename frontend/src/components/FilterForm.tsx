import { Button } from '@amsterdam/design-system-react'
import type { FormEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** A row of filter fields with an apply and a reset button. */
export function FilterForm({ label, onApply, onReset, children }: {
  label: string
  onApply: () => void
  onReset: () => void
  children: ReactNode
}) {
  const { t } = useTranslation()
  function submit(event: FormEvent) {
    event.preventDefault()
    onApply()
  }
  return (
    <form role="search" aria-label={label} onSubmit={submit} className="casusregie-filters ams-mb-m">
      {children}
      <Button type="submit" variant="secondary">
        {t('filters.apply')}
      </Button>
      <Button type="button" variant="tertiary" onClick={onReset}>
        {t('filters.reset')}
      </Button>
    </form>
  )
}
