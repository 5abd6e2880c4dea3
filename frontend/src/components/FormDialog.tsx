import { Dialog } from '@amsterdam/design-system-react'
import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

type Props = {
  readonly heading: string
  /** Called when the dialog closes itself: Escape, or its close button. */
  readonly onClose: () => void
  readonly footer?: ReactNode
  readonly children: ReactNode
}

/**
 * An ADS Dialog, modal for as long as it is mounted: render it to open it, stop rendering it to close it.
 * Focus goes back to what had it before (the button that opened it).
 */
export function FormDialog({ heading, onClose, footer, children }: Props) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const dialog = ref.current
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (dialog && !dialog.open) dialog.showModal()
    return () => {
      if (opener?.isConnected) opener.focus()
    }
  }, [])

  return (
    <Dialog ref={ref} heading={heading} aria-label={heading} closeButtonLabel={t('common.close')} footer={footer}
      onClose={onClose}>
      {children}
    </Dialog>
  )
}
