import { Button, Paragraph, Row } from '@amsterdam/design-system-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { useRevealBsn } from '../api/revealBsn'

/** How long a revealed BSN stays on screen. */
export const BSN_VISIBLE_MS = 30_000

/** The masked BSN; the full number only after an explicit, audited request, and only for 30 seconds. */
export function BsnReveal({ personId, masked, canReveal }: { personId: string; masked: string | null; canReveal: boolean }) {
  const { t } = useTranslation()
  const reveal = useRevealBsn()
  const [bsn, setBsn] = useState<string | null>(null)

  useEffect(() => {
    if (!bsn) return
    const timer = window.setTimeout(() => setBsn(null), BSN_VISIBLE_MS)
    return () => window.clearTimeout(timer)
  }, [bsn])

  if (!masked) return <>{t('person.bsnUnknown')}</>
  return (
    <>
      <Row wrap alignVertical="center">
        <span className="casusregie-id" data-testid="bsn-value" aria-live="polite">
          {bsn ?? masked}
        </span>
        {canReveal &&
          (bsn ? (
            <Button variant="tertiary" onClick={() => setBsn(null)}>
              {t('person.hideBsn')}
            </Button>
          ) : (
            <Button variant="tertiary" disabled={reveal.isPending}
              onClick={() => reveal.mutate(personId, { onSuccess: (value) => setBsn(value) })}>
              {t('person.revealBsn')}
            </Button>
          ))}
      </Row>
      {canReveal && (
        <Paragraph size="small">{bsn ? t('person.bsnShownFor', { seconds: BSN_VISIBLE_MS / 1000 }) : t('person.revealBsnNote')}</Paragraph>
      )}
      <ProblemAlert error={reveal.error} headingLevel={3} />
    </>
  )
}
