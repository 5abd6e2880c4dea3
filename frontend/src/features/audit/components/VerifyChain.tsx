import { Alert, Button, Column, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { useFormat } from '../../../lib/i18n/format'
import { useVerifyAuditChain } from '../api/verifyAuditChain'

export function VerifyChain() {
  const { t } = useTranslation()
  const format = useFormat()
  const verify = useVerifyAuditChain()
  const result = verify.data
  return (
    <Column>
      <div>
        <Button variant="secondary" onClick={() => verify.mutate()} disabled={verify.isPending}>
          {verify.isPending ? t('audit.verifying') : t('audit.verify')}
        </Button>
      </div>
      <div aria-live="polite">
        {result?.valid === true && (
          <Alert heading={t('audit.chainValidHeading')} headingLevel={2} severity="success">
            <Paragraph>{t('audit.chainValid', { count: result.checkedCount, formatted: format.number(result.checkedCount) })}</Paragraph>
          </Alert>
        )}
        {result?.valid === false && (
          <Alert heading={t('audit.chainBrokenHeading')} headingLevel={2} severity="error">
            <Paragraph>
              {result.firstBrokenSeq === null || result.firstBrokenSeq === undefined
                ? t('audit.chainBrokenUnknown')
                : t('audit.chainBroken', { seq: format.number(result.firstBrokenSeq) })}
            </Paragraph>
            {result.reason && <Paragraph>{t('audit.chainBrokenReason', { reason: result.reason })}</Paragraph>}
          </Alert>
        )}
      </div>
      <ProblemAlert error={verify.error} />
    </Column>
  )
}
