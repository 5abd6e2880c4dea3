import { Button, Column, DescriptionList, Heading, Link, Paragraph, Row } from '@amsterdam/design-system-react'
import { useQueryClient } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ConflictAlert } from '../../../components/ConflictAlert'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { usePageTitle } from '../../../components/usePageTitle'
import { isApiError } from '../../../lib/api/problem'
import type { CaseDetail } from '../../../lib/api/types'
import { useFormat } from '../../../lib/i18n/format'
import { useCase } from '../api/getCase'
import { caseKeys } from '../api/keys'
import { CaseStatusBadge } from './CaseStatusBadge'
import { CaseTimeline } from './CaseTimeline'
import { EscalationDialog } from './EscalationDialog'
import { useEscalationLevelLabel } from './EscalationLevelText'
import { Participants } from './Participants'
import { RegisseurAssignment } from './RegisseurAssignment'
import { TransitionDialog } from './TransitionDialog'

type Props = {
  readonly caseId: string
  /** Whether the person's page may be opened (persons:read). */
  readonly canOpenPerson: boolean
  /** The current concern level, from the assessments (the case itself does not carry it). */
  readonly concernLevel?: ReactNode
  /** Further sections (the journal), given the loaded case. */
  readonly children?: (detail: CaseDetail) => ReactNode
}

export function CaseDetailView({ caseId, canOpenPerson, concernLevel, children }: Props) {
  const { t } = useTranslation()
  const query = useCase(caseId)
  usePageTitle(query.data ? t('case.title', { reference: query.data.reference }) : t('cases.title'))

  if (query.isPending) return <Loading />
  if (query.isError) {
    return (
      <Column>
        <Heading level={1}>{isApiError(query.error, 404) ? t('case.notFound') : t('cases.title')}</Heading>
        {isApiError(query.error, 404) ? <Paragraph>{t('case.notFoundText')}</Paragraph> : <ProblemAlert error={query.error} />}
        <Paragraph>
          <Link href="/cases" linkComponent={RouterLinkAdapter}>
            {t('case.backToList')}
          </Link>
        </Paragraph>
      </Column>
    )
  }
  const detail = query.data
  return (
    <Column gap="large">
      <CaseHeader detail={detail} concernLevel={concernLevel} />
      <CaseActions detail={detail} />
      <PersonBlock detail={detail} canOpenPerson={canOpenPerson} />
      <ReferralBlock detail={detail} />
      <CaseTimeline detail={detail} />
      <Participants detail={detail} />
      {children?.(detail)}
    </Column>
  )
}

function CaseHeader({ detail, concernLevel }: { detail: CaseDetail; concernLevel?: ReactNode }) {
  const { t } = useTranslation()
  const format = useFormat()
  const level = useEscalationLevelLabel()
  const current = detail.timeInState.find((entry) => entry.leftAt === null)
  return (
    <section aria-labelledby="case-heading">
      <Heading level={1} id="case-heading" className="ams-mb-m">
        {t('case.title', { reference: detail.reference })}
      </Heading>
      <DescriptionList termsWidth="medium">
        <DescriptionList.Term>{t('cases.status')}</DescriptionList.Term>
        <DescriptionList.Description>
          <span data-testid="case-status">
            <CaseStatusBadge status={detail.status} />
          </span>
          {current && (
            <> {t('case.inStatusSince', { date: format.date(current.enteredAt), count: Math.floor(current.seconds / 86_400) })}</>
          )}
        </DescriptionList.Description>
        <DescriptionList.Term>{t('cases.escalationLevel')}</DescriptionList.Term>
        <DescriptionList.Description data-testid="case-level">{level(detail.escalationLevel)}</DescriptionList.Description>
        <DescriptionList.Term>{t('case.concernLevel')}</DescriptionList.Term>
        <DescriptionList.Description data-testid="case-concern-level">
          {concernLevel ?? t('case.concernLevelNotAssessed')}
        </DescriptionList.Description>
        <DescriptionList.Term>{t('cases.regisseur')}</DescriptionList.Term>
        <DescriptionList.Description data-testid="case-regisseur">
          {detail.regisseur?.displayName ?? t('cases.noRegisseur')}
        </DescriptionList.Description>
        <DescriptionList.Term>{t('cases.ideology')}</DescriptionList.Term>
        <DescriptionList.Description>{t(`enums.ideology.${detail.ideology}`)}</DescriptionList.Description>
        <DescriptionList.Term>{t('cases.openedAt')}</DescriptionList.Term>
        <DescriptionList.Description>{format.date(detail.openedAt)}</DescriptionList.Description>
        {detail.closedAt && (
          <>
            <DescriptionList.Term>{t('case.closedAt')}</DescriptionList.Term>
            <DescriptionList.Description>
              {format.date(detail.closedAt)}
              {detail.closureReason && ` (${t(`enums.closureReason.${detail.closureReason}`)})`}
            </DescriptionList.Description>
          </>
        )}
        {detail.previousCaseId && (
          <>
            <DescriptionList.Term>{t('case.previousCase')}</DescriptionList.Term>
            <DescriptionList.Description>
              <Link href={`/cases/${detail.previousCaseId}`} linkComponent={RouterLinkAdapter}>
                {t('case.openPreviousCase')}
              </Link>
            </DescriptionList.Description>
          </>
        )}
        {detail.linkedCases.length > 0 && (
          <>
            <DescriptionList.Term>{t('case.linkedCases')}</DescriptionList.Term>
            {detail.linkedCases.map((linked) => (
              <DescriptionList.Description key={linked.id}>
                <Link href={`/cases/${linked.id}`} linkComponent={RouterLinkAdapter}>
                  {linked.reference}
                </Link>{' '}
                ({t(`enums.caseStatus.${linked.status}`)})
              </DescriptionList.Description>
            ))}
          </>
        )}
      </DescriptionList>
    </section>
  )
}

function CaseActions({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [dialog, setDialog] = useState<'transition' | 'escalation' | null>(null)
  const [formKey, setFormKey] = useState(0)
  const [conflict, setConflict] = useState(false)
  const { manage, escalate } = detail.allowedActions
  if (!manage && !escalate) return null

  async function reloadAfterConflict() {
    await queryClient.invalidateQueries({ queryKey: caseKeys.detail(detail.id) })
    setConflict(true)
    setFormKey((key) => key + 1)
  }

  return (
    <section aria-labelledby="case-actions-heading">
      <Heading level={2} id="case-actions-heading" className="ams-mb-s">
        {t('case.actions')}
      </Heading>
      <Column>
        <Row wrap>
          {manage && (
            <Button onClick={() => setDialog('transition')} disabled={detail.nextPossibleTransitions.length === 0}>
              {t('case.changeStatus')}
            </Button>
          )}
          {escalate && (
            <Button variant="secondary" onClick={() => setDialog('escalation')}>
              {t('case.changeLevel')}
            </Button>
          )}
        </Row>
        {manage && detail.nextPossibleTransitions.length === 0 && <Paragraph size="small">{t('transition.none')}</Paragraph>}
        {conflict && <ConflictAlert headingLevel={3} />}
        {manage && (
          <RegisseurAssignment key={formKey} detail={detail}
            onConflict={() => void reloadAfterConflict()} />
        )}
      </Column>
      {dialog === 'transition' && <TransitionDialog detail={detail} onClose={() => setDialog(null)} />}
      {dialog === 'escalation' && <EscalationDialog detail={detail} onClose={() => setDialog(null)} />}
    </section>
  )
}

function PersonBlock({ detail, canOpenPerson }: { detail: CaseDetail; canOpenPerson: boolean }) {
  const { t } = useTranslation()
  const format = useFormat()
  const { person } = detail
  return (
    <section aria-labelledby="case-person-heading">
      <Heading level={2} id="case-person-heading" className="ams-mb-s">
        {t('case.personHeading')}
      </Heading>
      <DescriptionList termsWidth="medium">
        <DescriptionList.Term>{t('person.name')}</DescriptionList.Term>
        <DescriptionList.Description>
          {canOpenPerson ? (
            <Link href={`/persons/${person.id}`} linkComponent={RouterLinkAdapter}>
              {person.fullName}
            </Link>
          ) : (
            person.fullName
          )}
        </DescriptionList.Description>
        <DescriptionList.Term>{t('person.dateOfBirth')}</DescriptionList.Term>
        <DescriptionList.Description>
          {person.dateOfBirth ? format.date(person.dateOfBirth) : t('person.dateOfBirthUnknown')}
        </DescriptionList.Description>
        <DescriptionList.Term>{t('person.district')}</DescriptionList.Term>
        <DescriptionList.Description>{t(`enums.district.${person.district}`)}</DescriptionList.Description>
        <DescriptionList.Term>{t('person.bsn')}</DescriptionList.Term>
        <DescriptionList.Description>{person.bsnMasked ?? t('person.bsnUnknown')}</DescriptionList.Description>
      </DescriptionList>
    </section>
  )
}

function ReferralBlock({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation()
  const format = useFormat()
  const { referral } = detail
  return (
    <section aria-labelledby="case-referral-heading">
      <Heading level={2} id="case-referral-heading" className="ams-mb-s">
        {t('case.referralHeading')}
      </Heading>
      <DescriptionList termsWidth="medium">
        <DescriptionList.Term>{t('referral.source')}</DescriptionList.Term>
        <DescriptionList.Description>{referral.sourceOrganisationName}</DescriptionList.Description>
        <DescriptionList.Term>{t('referral.referrerName')}</DescriptionList.Term>
        <DescriptionList.Description>{referral.referrerName}</DescriptionList.Description>
        <DescriptionList.Term>{t('referral.referredOn')}</DescriptionList.Term>
        <DescriptionList.Description>{format.date(referral.referredOn)}</DescriptionList.Description>
        <DescriptionList.Term>{t('referral.description')}</DescriptionList.Term>
        <DescriptionList.Description className="casusregie-prewrap">{referral.description}</DescriptionList.Description>
        <DescriptionList.Term>{t('referral.reasonForConcern')}</DescriptionList.Term>
        <DescriptionList.Description className="casusregie-prewrap">{referral.reasonForConcern}</DescriptionList.Description>
      </DescriptionList>
    </section>
  )
}
