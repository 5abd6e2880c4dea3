import { Alert, Button, Column, Heading, Link, Paragraph, Row } from '@amsterdam/design-system-react'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Loading } from '../../../../components/Loading'
import { ProblemAlert } from '../../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../../components/RouterLinkAdapter'
import { usePageTitle } from '../../../../components/usePageTitle'
import { isApiError } from '../../../../lib/api/problem'
import { useMeeting } from '../../api/getMeeting'
import { meetingKeys } from '../../api/keys'
import type { Meeting, Proposal } from '../../api/meetingTypes'
import { useSaveAgenda } from '../../api/saveAgenda'
import { HiddenItemsNote } from '../AgendaItemView'
import { pathErrors } from '../vocabulary'
import { AgendaDraftList } from './AgendaDraftList'
import { CasePicker } from './CasePicker'
import { agendaInput, draftFromItems, draftFromProposal, move, type DraftItem } from './draft'
import { ProposalsPanel } from './ProposalsPanel'

/** The agenda builder page: loads the meeting and starts a fresh draft after every reload. */
export function AgendaBuilder({ meetingId }: { readonly meetingId: string }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const query = useMeeting(meetingId)
  const [formKey, setFormKey] = useState(0)
  if (query.isPending) return <Loading />
  if (query.isError) {
    return (
      <Column>
        <Heading level={1}>{t('meetings.agenda.titleGeneric')}</Heading>
        <ProblemAlert error={query.error} />
      </Column>
    )
  }
  async function reload() {
    await queryClient.invalidateQueries({ queryKey: meetingKeys.meeting(meetingId) })
    setFormKey((key) => key + 1)
  }
  return <Builder key={formKey} meeting={query.data} onReload={() => void reload()} />
}

function Builder({ meeting, onReload }: { meeting: Meeting; onReload: () => void }) {
  const { t } = useTranslation()
  const save = useSaveAgenda()
  const [items, setItems] = useState<DraftItem[]>(() => draftFromItems(meeting.items))
  const [saved, setSaved] = useState(false)
  const title = t('meetings.agenda.title', { reference: meeting.reference })
  usePageTitle(title)
  const errors = pathErrors(save.error)
  const isOnAgenda = (caseId: string) => items.some((item) => item.caseId === caseId)

  function change(next: DraftItem[]) {
    setItems(next)
    setSaved(false)
  }

  function addProposals(proposals: Proposal[]) {
    const fresh: DraftItem[] = []
    for (const proposal of proposals) {
      if (!isOnAgenda(proposal.caseId) && !fresh.some((item) => item.caseId === proposal.caseId)) {
        fresh.push(draftFromProposal(proposal))
      }
    }
    change([...items, ...fresh])
  }

  function submit() {
    save.mutate(
      { meetingId: meeting.id, version: meeting.version, agenda: agendaInput(items) },
      { onSuccess: () => setSaved(true) },
    )
  }

  const back = (
    <Link href={`/meetings/${meeting.id}`} linkComponent={RouterLinkAdapter}>{t('meetings.agenda.back')}</Link>
  )
  if (!meeting.allowed.editAgenda) {
    return (
      <Column gap="large">
        <Heading level={1}>{title}</Heading>
        <Paragraph>{t('meetings.agenda.locked')}</Paragraph>
        <Paragraph>{back}</Paragraph>
      </Column>
    )
  }
  return (
    <Column gap="large">
      <div>
        <Heading level={1} className="ams-mb-s">{title}</Heading>
        <Paragraph className="ams-mb-s">{t('meetings.agenda.intro')}</Paragraph>
        <Paragraph>{back}</Paragraph>
      </div>
      <div className="casusregie-plan-goals">
        <section aria-labelledby="agenda-draft-heading">
          <Heading level={2} id="agenda-draft-heading" className="ams-mb-s">{t('meetings.detail.agenda')}</Heading>
          <HiddenItemsNote count={meeting.hiddenItemCount} />
          <AgendaDraftList items={items} errors={errors}
            onMove={(index, step) => change(move(items, index, step))}
            onRemove={(index) => change(items.filter((_, position) => position !== index))}
            onNote={(index, note) => change(items.map((item, position) => (position === index ? { ...item, note } : item)))} />
          <Column>
            {isApiError(save.error, 412) ? (
              <Alert heading={t('conflict.heading')} headingLevel={2} severity="warning" role="alert">
                <Paragraph className="ams-mb-s">{t('meetings.agenda.conflict')}</Paragraph>
                <Button variant="secondary" onClick={onReload}>{t('meetings.agenda.reload')}</Button>
              </Alert>
            ) : (
              <ProblemAlert error={save.error} />
            )}
            {saved && (
              <Alert heading={t('meetings.agenda.saved')} headingLevel={2} severity="success" role="status" />
            )}
            <Row wrap>
              <Button onClick={submit} disabled={save.isPending}>{t('meetings.agenda.save')}</Button>
            </Row>
          </Column>
        </section>
        <Column gap="large">
          <ProposalsPanel meetingId={meeting.id} isOnAgenda={isOnAgenda} onAdd={addProposals} />
          <CasePicker isOnAgenda={isOnAgenda}
            onAdd={(found) => change([...items, draftFromProposal({ ...found, reason: 'other' })])} />
        </Column>
      </div>
    </Column>
  )
}
