import { Button, Heading, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { Loading } from '../../../../components/Loading'
import { ProblemAlert } from '../../../../components/ProblemAlert'
import { useProposals } from '../../api/listProposals'
import type { Proposal } from '../../api/meetingTypes'
import { AGENDA_REASONS } from '../vocabulary'

type Props = {
  readonly meetingId: string
  readonly isOnAgenda: (caseId: string) => boolean
  readonly onAdd: (proposals: Proposal[]) => void
}

/** What the system proposes for this meeting, grouped by reason; each can be put on the agenda, or all at once. */
export function ProposalsPanel({ meetingId, isOnAgenda, onAdd }: Props) {
  const { t } = useTranslation()
  const query = useProposals(meetingId)
  const open = (query.data?.items ?? []).filter((proposal) => !isOnAgenda(proposal.caseId))
  return (
    <aside aria-labelledby="proposals-heading" className="casusregie-plan-suggestions">
      <Heading level={2} id="proposals-heading" className="ams-mb-s">{t('meetings.agenda.proposals')}</Heading>
      {query.isPending && <Loading />}
      {query.isError && <ProblemAlert error={query.error} headingLevel={3} />}
      {query.data && query.data.items.length === 0 && <Paragraph>{t('meetings.agenda.noProposals')}</Paragraph>}
      {open.length > 1 && (
        <Button variant="secondary" className="ams-mb-m" onClick={() => onAdd(open)}>
          {t('meetings.agenda.addAll')}
        </Button>
      )}
      {AGENDA_REASONS.map((reason) => {
        const group = (query.data?.items ?? []).filter((proposal) => proposal.reason === reason)
        if (group.length === 0) return null
        return (
          <section key={reason} aria-labelledby={`proposals-${reason}`} className="ams-mb-m">
            <Heading level={3} id={`proposals-${reason}`} className="ams-mb-xs">{t(`meetings.reason.${reason}`)}</Heading>
            <ul className="casusregie-plain-list">
              {group.map((proposal) => {
                const name = `${proposal.caseReference} – ${proposal.personName}`
                return (
                  <li key={`${proposal.caseId}-${reason}`} className="ams-mb-s">
                    <Paragraph><strong>{name}</strong></Paragraph>
                    {proposal.detail && <Paragraph size="small">{proposal.detail}</Paragraph>}
                    {isOnAgenda(proposal.caseId) ? (
                      <Paragraph size="small">{t('meetings.agenda.onAgenda')}</Paragraph>
                    ) : (
                      <Button variant="tertiary" aria-label={t('meetings.agenda.addFor', { name })}
                        onClick={() => onAdd([proposal])}>
                        {t('meetings.agenda.add')}
                      </Button>
                    )}
                  </li>
                )
              })}
            </ul>
          </section>
        )
      })}
    </aside>
  )
}
