import { Alert, Button, Column, Heading, Paragraph, Row } from '@amsterdam/design-system-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '../../../components/ProblemAlert'
import type { User } from '../../../lib/api/types'
import { useIssueActivationCode } from '../api/issueActivationCode'
import { ActivationCodeNotice } from './ActivationCodeNotice'

/** Password reset by the administrator: a new one-time code, after an explicit confirmation. */
export function IssueActivationCode({ user, onIssued }: { user: User; onIssued: () => void }) {
  const { t } = useTranslation()
  const issue = useIssueActivationCode()
  const [confirming, setConfirming] = useState(false)
  const confirmRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (confirming) confirmRef.current?.focus()
  }, [confirming])

  return (
    <section aria-labelledby="activation-code-heading">
      <Column>
        <Heading level={2} id="activation-code-heading">
          {t('users.newCodeHeading')}
        </Heading>
        <Paragraph>{t('users.newCodeIntro')}</Paragraph>
        {issue.isSuccess && (
          <ActivationCodeNotice
            heading={t('users.newCodeIssued', { name: user.displayName })}
            activationCode={issue.data.activationCode}
            activationExpiresAt={issue.data.activationExpiresAt}
          />
        )}
        <ProblemAlert error={issue.error} headingLevel={3} />
        {confirming ? (
          <div ref={confirmRef} tabIndex={-1}>
            <Alert heading={t('users.newCodeConfirmHeading')} headingLevel={3} severity="warning">
              <Paragraph>{t('users.newCodeConfirm', { name: user.displayName })}</Paragraph>
              <Row wrap>
                <Button
                  disabled={issue.isPending}
                  onClick={() =>
                    issue.mutate(user.id, {
                      onSuccess: () => onIssued(),
                      onSettled: () => setConfirming(false),
                    })
                  }
                >
                  {t('users.newCodeConfirmButton')}
                </Button>
                <Button variant="secondary" onClick={() => setConfirming(false)}>
                  {t('common.cancel')}
                </Button>
              </Row>
            </Alert>
          </div>
        ) : (
          <div>
            <Button variant="secondary" onClick={() => setConfirming(true)}>
              {t('users.newCode')}
            </Button>
          </div>
        )}
      </Column>
    </section>
  )
}
