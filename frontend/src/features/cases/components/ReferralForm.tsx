import { Alert, Button, Column, FieldSet, Heading, Paragraph, Row, Select } from '@amsterdam/design-system-react'
import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { DateField, SelectField, TextAreaField, TextField } from '../../../components/fields'
import { hasErrors, serverFieldErrors, type FieldErrors } from '../../../components/formErrors'
import {
  EMPTY_PERSON,
  normaliseBsn,
  PersonFields,
  personInputOf,
  validatePerson,
  type PersonDraft,
} from '../../../components/PersonFields'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { IDEOLOGIES, isOneOf } from '../../../lib/api/enums'
import type { CaseCreate, PersonMatch, PersonMatchRequest } from '../../../lib/api/types'
import { todayIso } from '../../../lib/i18n/format'
import { isValidBsn } from '../../../lib/validation/bsn'
import { useCreateCase } from '../api/createCase'
import { useOrganisationOptions } from '../api/listOrganisationOptions'
import { useMatchPersons } from '../api/matchPersons'
import { DuplicateCheckResults, NEW_PERSON, UNDECIDED } from './DuplicateCheckResults'

type ReferralDraft = {
  sourceOrganisationId: string
  referrerName: string
  referredOn: string
  ideology: string
  description: string
  reasonForConcern: string
}

/** What the duplicate check looks for; blank fields are left out. */
function matchRequestOf(person: PersonDraft): PersonMatchRequest {
  const bsn = normaliseBsn(person.bsn)
  return {
    surname: person.surname.trim(),
    ...(person.firstNames.trim() ? { firstNames: person.firstNames.trim() } : {}),
    ...(person.dateOfBirth ? { dateOfBirth: person.dateOfBirth } : {}),
    ...(bsn && isValidBsn(bsn) ? { bsn } : {}),
  }
}

type Check = { key: string; matches: PersonMatch[] }

/**
 * The referral (melding): who it is about and what was reported. Before it is registered, the duplicate
 * check asks whether the person is already known; the user can then take that person and link earlier cases.
 */
export function ReferralForm() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const create = useCreateCase()
  const match = useMatchPersons()
  const organisations = useOrganisationOptions()
  const [person, setPerson] = useState<PersonDraft>(EMPTY_PERSON)
  const [referral, setReferral] = useState<ReferralDraft>({
    sourceOrganisationId: '',
    referrerName: '',
    referredOn: todayIso(),
    ideology: '',
    description: '',
    reasonForConcern: '',
  })
  const [check, setCheck] = useState<Check | null>(null)
  const [choice, setChoice] = useState(NEW_PERSON)
  const [linked, setLinked] = useState<string[]>([])
  const [local, setLocal] = useState<FieldErrors>({})
  const [pendingChoice, setPendingChoice] = useState(false)
  const resultsRef = useRef<HTMLElement>(null)
  const errors = { ...serverFieldErrors(create.error), ...serverFieldErrors(match.error), ...local }

  const request = matchRequestOf(person)
  const requestKey = JSON.stringify(request)
  const checkIsCurrent = check?.key === requestKey
  const existing = checkIsCurrent ? check.matches.find((m) => m.personId === choice) : undefined

  const setRef = (field: keyof ReferralDraft) => (value: string) => setReferral((r) => ({ ...r, [field]: value }))

  /** Runs the duplicate check; resolves to the matches, or null when it could not run. */
  async function runCheck(): Promise<PersonMatch[] | null> {
    if (!request.surname) {
      setLocal((current) => ({ ...current, surname: t('person.surnameRequired') }))
      return null
    }
    try {
      const matches = await match.mutateAsync(request)
      const known = new Set(matches.map((m) => m.personId))
      const caseIds = new Set(matches.flatMap((m) => m.cases.map((c) => c.id)))
      setCheck({ key: requestKey, matches })
      // With known persons around, the user says explicitly whether it is one of them.
      setChoice((current) => (matches.length === 0 ? NEW_PERSON : known.has(current) ? current : UNDECIDED))
      setLinked((current) => current.filter((id) => caseIds.has(id)))
      setPendingChoice(false)
      window.setTimeout(() => resultsRef.current?.focus(), 0)
      return matches
    } catch {
      return null
    }
  }

  function validateReferral(): FieldErrors {
    return {
      sourceOrganisationId: referral.sourceOrganisationId ? undefined : t('referral.sourceRequired'),
      referrerName: referral.referrerName.trim() ? undefined : t('referral.referrerRequired'),
      referredOn: !referral.referredOn
        ? t('referral.referredOnRequired')
        : referral.referredOn > todayIso()
          ? t('referral.referredOnInFuture')
          : undefined,
      ideology: referral.ideology ? undefined : t('referral.ideologyRequired'),
      description: referral.description.trim() ? undefined : t('referral.descriptionRequired'),
      reasonForConcern: referral.reasonForConcern.trim() ? undefined : t('referral.reasonRequired'),
    }
  }

  /** Validates what is needed for the chosen person (none: a new one) and registers the referral. */
  function register(chosen: PersonMatch | undefined) {
    const found = chosen ? validateReferral() : { ...validateReferral(), ...validatePerson(person, t) }
    setLocal(found)
    if (hasErrors(found)) return
    const ideology = isOneOf(IDEOLOGIES, referral.ideology) ? referral.ideology : 'unclear'
    const body: CaseCreate = {
      ...(chosen ? { personId: chosen.personId } : { person: personInputOf(person) }),
      referral: {
        sourceOrganisationId: referral.sourceOrganisationId,
        referrerName: referral.referrerName.trim(),
        referredOn: referral.referredOn,
        description: referral.description.trim(),
        reasonForConcern: referral.reasonForConcern.trim(),
        ideology,
      },
      linkedCaseIds: linked,
    }
    create.mutate(body, { onSuccess: (created) => void navigate(`/cases/${created.id}`) })
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!checkIsCurrent) {
      // The check has not run for these person details yet: run it now.
      setLocal(validateReferral())
      const matches = await runCheck()
      if (matches === null) return
      if (matches.length > 0) {
        setPendingChoice(true)
        return
      }
      register(undefined)
      return
    }
    if (choice === UNDECIDED) {
      setLocal(validateReferral())
      setPendingChoice(true)
      resultsRef.current?.focus()
      return
    }
    register(existing)
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('referral.formLabel')}>
      <Column gap="large">
        <ProblemAlert error={create.error} />
        <section aria-labelledby="referral-person-heading">
          <Heading level={2} id="referral-person-heading" className="ams-mb-s">
            {t('referral.personHeading')}
          </Heading>
          <Paragraph className="ams-mb-m">{t('referral.personIntro')}</Paragraph>
          {existing ? (
            <Alert heading={t('referral.existingChosenHeading')} headingLevel={3} className="ams-mb-m">
              <Paragraph>{t('referral.existingChosen', { name: existing.fullName })}</Paragraph>
            </Alert>
          ) : null}
          <PersonFields idPrefix="referral-person" value={person} onChange={setPerson} errors={errors} />
          <div className="ams-mb-m">
            <Button type="button" variant="secondary" onClick={() => void runCheck()} disabled={match.isPending}>
              {match.isPending ? t('referral.checking') : t('referral.check')}
            </Button>
          </div>
          <ProblemAlert error={match.error} headingLevel={3} />
          <div aria-live="polite">
            {pendingChoice && checkIsCurrent && choice === UNDECIDED && (
              <Alert heading={t('referral.chooseFirstHeading')} headingLevel={3} severity="warning" className="ams-mb-m">
                <Paragraph>{t('referral.chooseFirst')}</Paragraph>
              </Alert>
            )}
          </div>
          {checkIsCurrent && (
            <DuplicateCheckResults ref={resultsRef} matches={check.matches} choice={choice}
              onChoose={(value) => {
                setChoice(value)
                setPendingChoice(false)
              }}
              linked={linked} onLink={setLinked}
              error={pendingChoice && choice === UNDECIDED ? t('referral.choiceRequired') : undefined} />
          )}
        </section>

        <section aria-labelledby="referral-referral-heading">
          <Heading level={2} id="referral-referral-heading" className="ams-mb-s">
            {t('referral.referralHeading')}
          </Heading>
          <FieldSet legend={t('referral.referralLegend')} className="ams-mb-m">
            <SelectField id="referral-source" label={t('referral.source')} required
              value={referral.sourceOrganisationId} onChange={setRef('sourceOrganisationId')}
              error={errors.sourceOrganisationId}>
              <Select.Option value="">{t('form.choose')}</Select.Option>
              {(organisations.data ?? []).map((organisation) => (
                <Select.Option key={organisation.id} value={organisation.id}>{organisation.name}</Select.Option>
              ))}
            </SelectField>
            <TextField id="referral-referrer" label={t('referral.referrerName')} required autoComplete="off"
              value={referral.referrerName} onChange={setRef('referrerName')} error={errors.referrerName} />
            <DateField id="referral-referred-on" label={t('referral.referredOn')} required max={todayIso()}
              value={referral.referredOn} onChange={setRef('referredOn')} error={errors.referredOn} />
            <SelectField id="referral-ideology" label={t('cases.ideology')} required value={referral.ideology}
              onChange={setRef('ideology')} error={errors.ideology}>
              <Select.Option value="">{t('form.choose')}</Select.Option>
              {IDEOLOGIES.map((ideology) => (
                <Select.Option key={ideology} value={ideology}>{t(`enums.ideology.${ideology}`)}</Select.Option>
              ))}
            </SelectField>
            <TextAreaField id="referral-description" label={t('referral.description')} required rows={5}
              hint={t('referral.descriptionHint')} value={referral.description} onChange={setRef('description')}
              error={errors.description} />
            <TextAreaField id="referral-reason" label={t('referral.reasonForConcern')} required rows={4}
              value={referral.reasonForConcern} onChange={setRef('reasonForConcern')} error={errors.reasonForConcern} />
          </FieldSet>
        </section>

        <Row wrap>
          <Button type="submit" disabled={create.isPending || match.isPending}>
            {create.isPending ? t('referral.submitting') : t('referral.submit')}
          </Button>
        </Row>
      </Column>
    </form>
  )
}
