import { Button, Column, Heading, Paragraph, Row, Select, Table } from '@amsterdam/design-system-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField, TextAreaField, TextField } from '../../../components/fields'
import { hasErrors, serverFieldErrors, type FieldErrors } from '../../../components/formErrors'
import { FormDialog } from '../../../components/FormDialog'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { TableScroll } from '../../../components/TableScroll'
import { isOneOf, PARTICIPATION_ROLES } from '../../../lib/api/enums'
import type { CaseDetail, Participant } from '../../../lib/api/types'
import { useFormat } from '../../../lib/i18n/format'
import { useAddParticipant } from '../api/addParticipant'
import { useEndParticipant } from '../api/endParticipant'
import { useOrganisationOptions } from '../api/listOrganisationOptions'

/** The organisations taking part in the case; managers add them and end their participation. */
export function Participants({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation()
  const format = useFormat()
  const canManage = detail.allowedActions.manage
  const [ending, setEnding] = useState<Participant | null>(null)
  const caption = t('participants.tableCaption')
  return (
    <section aria-labelledby="case-participants-heading">
      <Heading level={2} id="case-participants-heading" className="ams-mb-s">
        {t('participants.heading')}
      </Heading>
      <TableScroll label={caption}>
        <Table>
          <Table.Caption>{caption}</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('participants.organisation')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('participants.role')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('participants.contactName')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('participants.startedAt')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('participants.endedAt')}</Table.HeaderCell>
              {canManage && <Table.HeaderCell scope="col">{t('participants.actions')}</Table.HeaderCell>}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {detail.participants.length === 0 && (
              <Table.Row>
                <Table.Cell colSpan={canManage ? 6 : 5}>{t('participants.none')}</Table.Cell>
              </Table.Row>
            )}
            {detail.participants.map((participant) => (
              <Table.Row key={participant.id}>
                <Table.Cell>{participant.organisationName}</Table.Cell>
                <Table.Cell>{t(`enums.participationRole.${participant.role}`)}</Table.Cell>
                <Table.Cell>{participant.contactName ?? '-'}</Table.Cell>
                <Table.Cell>{format.date(participant.startedAt)}</Table.Cell>
                <Table.Cell>
                  {participant.endedAt
                    ? `${format.date(participant.endedAt)}${participant.endReason ? `: ${participant.endReason}` : ''}`
                    : t('participants.ongoing')}
                </Table.Cell>
                {canManage && (
                  <Table.Cell>
                    {!participant.endedAt && (
                      <Button variant="tertiary" onClick={() => setEnding(participant)}
                        aria-label={t('participants.end', { organisation: participant.organisationName })}>
                        {t('participants.endShort')}
                      </Button>
                    )}
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      {canManage && <AddParticipantForm caseId={detail.id} />}
      {ending && <EndParticipantDialog caseId={detail.id} participant={ending} onClose={() => setEnding(null)} />}
    </section>
  )
}

function AddParticipantForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation()
  const organisations = useOrganisationOptions()
  const add = useAddParticipant()
  const [organisationId, setOrganisationId] = useState('')
  const [role, setRole] = useState('')
  const [contactName, setContactName] = useState('')
  const [local, setLocal] = useState<FieldErrors>({})
  const errors = { ...serverFieldErrors(add.error), ...local }

  function submit(event: FormEvent) {
    event.preventDefault()
    const found: FieldErrors = {
      organisationId: organisationId ? undefined : t('participants.organisationRequired'),
      role: role ? undefined : t('participants.roleRequired'),
    }
    setLocal(found)
    if (hasErrors(found) || !isOneOf(PARTICIPATION_ROLES, role)) return
    add.mutate(
      { caseId, body: { organisationId, role, ...(contactName.trim() ? { contactName: contactName.trim() } : {}) } },
      {
        onSuccess: () => {
          setOrganisationId('')
          setRole('')
          setContactName('')
        },
      },
    )
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="case-participant-add-heading" className="ams-mt-l">
      <Heading level={3} id="case-participant-add-heading" className="ams-mb-s">
        {t('participants.addHeading')}
      </Heading>
      <Column>
        <ProblemAlert error={add.error} headingLevel={4} />
        {add.isSuccess && <Paragraph role="status">{t('participants.added')}</Paragraph>}
        <div>
          <SelectField id="case-participant-organisation" label={t('participants.organisation')} required
            value={organisationId} onChange={setOrganisationId} error={errors.organisationId}>
            <Select.Option value="">{t('form.choose')}</Select.Option>
            {(organisations.data ?? []).map((organisation) => (
              <Select.Option key={organisation.id} value={organisation.id}>{organisation.name}</Select.Option>
            ))}
          </SelectField>
          <SelectField id="case-participant-role" label={t('participants.role')} required value={role} onChange={setRole}
            error={errors.role}>
            <Select.Option value="">{t('form.choose')}</Select.Option>
            {PARTICIPATION_ROLES.map((r) => (
              <Select.Option key={r} value={r}>{t(`enums.participationRole.${r}`)}</Select.Option>
            ))}
          </SelectField>
          <TextField id="case-participant-contact" label={t('participants.contactName')} optional autoComplete="off"
            value={contactName} onChange={setContactName} error={errors.contactName} />
        </div>
        <div>
          <Button type="submit" variant="secondary" disabled={add.isPending}>
            {t('participants.add')}
          </Button>
        </div>
      </Column>
    </form>
  )
}

function EndParticipantDialog({ caseId, participant, onClose }: { caseId: string; participant: Participant; onClose: () => void }) {
  const { t } = useTranslation()
  const end = useEndParticipant()
  const [reason, setReason] = useState('')
  const [local, setLocal] = useState<FieldErrors>({})
  const errors = { ...serverFieldErrors(end.error), ...local }
  const formId = 'case-participant-end-form'

  function submit(event: FormEvent) {
    event.preventDefault()
    const found: FieldErrors = { reason: reason.trim() ? undefined : t('participants.endReasonRequired') }
    setLocal(found)
    if (hasErrors(found)) return
    end.mutate({ caseId, participantId: participant.id, reason: reason.trim() }, { onSuccess: onClose })
  }

  return (
    <FormDialog heading={t('participants.endHeading', { organisation: participant.organisationName })} onClose={onClose}
      footer={
        <Row wrap>
          <Button type="submit" form={formId} disabled={end.isPending}>
            {t('participants.endSubmit')}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Row>
      }>
      <form id={formId} onSubmit={submit} noValidate>
        <ProblemAlert error={end.error} />
        <TextAreaField id="case-participant-end-reason" label={t('participants.endReason')} required value={reason}
          onChange={setReason} error={errors.reason} />
      </form>
    </FormDialog>
  )
}
