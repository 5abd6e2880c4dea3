import { Alert, Button, Heading, Paragraph, Select } from '@amsterdam/design-system-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField, TextAreaField } from '../../../../components/fields'
import { Loading } from '../../../../components/Loading'
import { ProblemAlert } from '../../../../components/ProblemAlert'
import { mergeErrors, type FieldErrors } from '../../../../components/formErrors'
import { isApiError } from '../../../../lib/api/problem'
import { useChecklists } from '../../api/getChecklists'
import type { AgendaItem, Answer, DecisionType, Meeting, View } from '../../api/meetingTypes'
import { useRecordDecision } from '../../api/recordDecision'
import { CORE_PARTNER_KINDS, fieldId, pathErrors, useDecisionLabel } from '../vocabulary'
import { ChecklistFields } from './ChecklistFields'
import { checklistFor, decisionBody, emptyFollowUp, needsFollowUp, type FollowUp } from './decisionBody'
import { DecisionExtras, type Extras } from './DecisionExtras'
import { FollowUpFields } from './FollowUpFields'
import { ViewsFields } from './ViewsFields'

type Props = { readonly meeting: Meeting; readonly item: AgendaItem; readonly onRecorded: (reference: string) => void }

const NO_EXTRAS: Extras = { level: '', concernLevel: '', closureReason: '', regisseurId: '', planId: '' }

/** A decision on the current item: type (as the meeting type allows), rationale, what the type needs, and dissent. */
export function DecisionForm({ meeting, item, onRecorded }: Props) {
  const { t } = useTranslation()
  const label = useDecisionLabel()
  const checklists = useChecklists()
  const record = useRecordDecision()
  const [type, setType] = useState<DecisionType | ''>('')
  const [rationale, setRationale] = useState('')
  const [dissent, setDissent] = useState('')
  const [answers, setAnswers] = useState<Record<string, Answer>>({})
  const [views, setViews] = useState<Record<string, View>>({})
  const [extras, setExtras] = useState<Extras>(NO_EXTRAS)
  const [followUp, setFollowUp] = useState<FollowUp>(() => emptyFollowUp())
  const [followUpMissing, setFollowUpMissing] = useState<FieldErrors>({})
  const [typeMissing, setTypeMissing] = useState(false)
  const errors = pathErrors(record.error)
  const corePartners = meeting.organisations.filter((organisation) => CORE_PARTNER_KINDS.includes(organisation.kind))
  const kind = type ? checklistFor(type) : null

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!type) {
      setTypeMissing(true)
      return
    }
    if (needsFollowUp(type)) {
      const required = t('meetings.create.required')
      const missing: FieldErrors = {
        'followUp.text': followUp.text.trim() ? undefined : required,
        'followUp.ownerName': followUp.ownerName.trim() ? undefined : required,
        'followUp.organisationId': followUp.organisationId ? undefined : required,
        'followUp.dueOn': followUp.dueOn ? undefined : required,
      }
      setFollowUpMissing(missing)
      if (Object.values(missing).some(Boolean)) return
    }
    const decision = decisionBody(
      { type, rationale, dissent, answers, views, extras, followUp },
      checklists.data,
      corePartners.map((organisation) => organisation.id),
    )
    record.mutate(
      { meetingId: meeting.id, itemId: item.id, caseId: item.caseId, decision },
      {
        onSuccess: (updated) => {
          const before = new Set(item.decisions.map((known) => known.id))
          const decisions = updated.items.find((candidate) => candidate.id === item.id)?.decisions ?? []
          onRecorded(decisions.find((candidate) => !before.has(candidate.id))?.reference ?? '')
        },
      },
    )
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="decision-heading">
      <Heading level={3} id="decision-heading" className="ams-mb-s">{t('meetings.decision.heading')}</Heading>
      {isApiError(record.error, 409) ? (
        <Alert heading={t('meetings.decision.conflictHeading')} headingLevel={4} severity="error" role="alert">
          <Paragraph>{t('meetings.decision.nothingStored')}</Paragraph>
          {record.error.problem.detail && <Paragraph>{record.error.problem.detail}</Paragraph>}
        </Alert>
      ) : (
        <ProblemAlert error={record.error} headingLevel={4} />
      )}
      <SelectField id={fieldId('type')} label={t('meetings.decision.type')} required value={type}
        error={typeMissing && !type ? t('meetings.decision.chooseType') : errors.type}
        onChange={(value) => setType(value as DecisionType | '')}>
        <Select.Option value="">{t('form.choose')}</Select.Option>
        {item.allowedDecisions.map((allowed) => (
          <Select.Option key={allowed} value={allowed}>{label(allowed)}</Select.Option>
        ))}
      </SelectField>
      <TextAreaField id={fieldId('rationale')} label={t('meetings.decision.rationale')} required rows={3}
        value={rationale} error={errors.rationale} onChange={setRationale} />
      {type && (
        <DecisionExtras type={type} caseId={item.caseId} currentLevel={item.escalationLevel} value={extras}
          errors={errors} onChange={(patch) => setExtras((current) => ({ ...current, ...patch }))} />
      )}
      {type && needsFollowUp(type) && (
        <FollowUpFields organisations={meeting.organisations} value={followUp} errors={mergeErrors(errors, followUpMissing)}
          onChange={(patch) => setFollowUp((current) => ({ ...current, ...patch }))} />
      )}
      {kind && checklists.isPending && <Loading />}
      {kind && <ProblemAlert error={checklists.error} headingLevel={4} />}
      {kind && checklists.data && (
        <ChecklistFields legend={t(`meetings.checklist.${kind}`)} items={checklists.data[kind]} answers={answers}
          errors={errors} onAnswer={(code, answer) => setAnswers((current) => ({ ...current, [code]: answer }))} />
      )}
      {type === 'include' && (
        <ViewsFields organisations={corePartners} views={views} errors={errors}
          onChange={(id, view) => setViews((current) => ({ ...current, [id]: view }))} />
      )}
      <TextAreaField id={fieldId('dissent')} label={t('meetings.decision.dissent')} optional rows={2} value={dissent}
        error={errors.dissent} onChange={setDissent} />
      <Button type="submit" disabled={record.isPending}>{t('meetings.decision.submit')}</Button>
    </form>
  )
}
