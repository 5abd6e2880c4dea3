import { Alert, Button, Column, FieldSet, Heading, Paragraph, Row } from '@amsterdam/design-system-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { TextField } from '../../../components/fields'
import { hasErrors, serverFieldErrors, type FieldErrors } from '../../../components/formErrors'
import {
  hasAddress,
  normaliseBsn,
  PersonFields,
  personDraftOf,
  personInputOf,
  validatePerson,
  type PersonDraft,
} from '../../../components/PersonFields'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { isApiError } from '../../../lib/api/problem'
import type { ExternalId, Person, PersonUpdate } from '../../../lib/api/types'
import { useUpdatePerson } from '../api/updatePerson'

type Props = { person: Person; onConflict: () => void }

function sameIds(a: readonly ExternalId[], b: readonly ExternalId[]) {
  return a.length === b.length && a.every((id, index) => id.system === b[index].system && id.value === b[index].value)
}

/** Changes to the person; only what changed is sent, conditional (If-Match) on the version loaded. */
export function EditPersonForm({ person, onConflict }: Props) {
  const { t } = useTranslation()
  const update = useUpdatePerson()
  const [saved, setSaved] = useState(person)
  const [draft, setDraft] = useState<PersonDraft>(() => personDraftOf(person))
  const [externalIds, setExternalIds] = useState<ExternalId[]>(person.externalIds)
  const [local, setLocal] = useState<FieldErrors>({})
  const [unchanged, setUnchanged] = useState(false)
  const errors = { ...serverFieldErrors(update.error), ...local }

  function submit(event: FormEvent) {
    event.preventDefault()
    const found = validatePerson(draft, t)
    externalIds.forEach((id, index) => {
      if (!id.system.trim() || !id.value.trim()) found[`externalId${index}`] = t('person.externalIdIncomplete')
    })
    setLocal(found)
    if (hasErrors(found)) return
    const input = personInputOf(draft)
    const changes: PersonUpdate = {}
    if (input.firstNames !== saved.firstNames) changes.firstNames = input.firstNames
    if ((input.prefix ?? null) !== saved.prefix) changes.prefix = input.prefix ?? null
    if (input.surname !== saved.surname) changes.surname = input.surname
    if ((input.dateOfBirth ?? null) !== saved.dateOfBirth) changes.dateOfBirth = input.dateOfBirth ?? null
    if (input.gender !== saved.gender) changes.gender = input.gender
    if (input.district !== saved.district) changes.district = input.district
    if (normaliseBsn(draft.bsn)) changes.bsn = normaliseBsn(draft.bsn)
    const address = hasAddress(draft) ? input.address ?? null : null
    if (JSON.stringify(address) !== JSON.stringify(saved.address)) changes.address = address
    const ids = externalIds.map((id) => ({ system: id.system.trim(), value: id.value.trim() }))
    if (!sameIds(ids, saved.externalIds)) changes.externalIds = ids
    const nothing = Object.keys(changes).length === 0
    setUnchanged(nothing)
    if (nothing) return
    update.mutate(
      { personId: saved.id, version: saved.version, changes },
      {
        onSuccess: (person) => {
          setSaved(person)
          setDraft((current) => ({ ...current, bsn: '' }))
        },
        onError: (error) => {
          if (isApiError(error, 412)) onConflict()
        },
      },
    )
  }

  return (
    <section aria-labelledby="person-edit-heading">
      <Heading level={2} id="person-edit-heading" className="ams-mb-s">
        {t('person.editHeading')}
      </Heading>
      <form onSubmit={submit} noValidate aria-labelledby="person-edit-heading">
        <Column>
          {update.isSuccess && (
            <Alert heading={t('common.savedHeading')} headingLevel={3} severity="success" role="status">
              <Paragraph>{t('person.saved')}</Paragraph>
            </Alert>
          )}
          {unchanged && <Paragraph role="status">{t('common.nothingChanged')}</Paragraph>}
          {!isApiError(update.error, 412) && <ProblemAlert error={update.error} headingLevel={3} />}
          <PersonFields idPrefix="person-edit" value={draft} onChange={setDraft} errors={errors}
            bsnHint={t('person.bsnEditHint')} />
          <FieldSet legend={t('person.externalIds')} hint={t('person.externalIdsHint')} className="ams-mb-m">
            <Column gap="small">
              {externalIds.map((id, index) => (
                <Row key={index} wrap alignVertical="end">
                  <TextField id={`person-edit-external-system-${index}`} label={t('person.externalSystem')}
                    value={id.system} error={errors[`externalId${index}`]}
                    onChange={(system) => setExternalIds((list) => list.map((item, i) => (i === index ? { ...item, system } : item)))} />
                  <TextField id={`person-edit-external-value-${index}`} label={t('person.externalValue')} value={id.value}
                    onChange={(value) => setExternalIds((list) => list.map((item, i) => (i === index ? { ...item, value } : item)))} />
                  <Button type="button" variant="tertiary" className="ams-mb-m"
                    onClick={() => setExternalIds((list) => list.filter((_, i) => i !== index))}>
                    {t('person.removeExternalId', { number: index + 1 })}
                  </Button>
                </Row>
              ))}
              <div>
                <Button type="button" variant="secondary" onClick={() => setExternalIds((list) => [...list, { system: '', value: '' }])}>
                  {t('person.addExternalId')}
                </Button>
              </div>
            </Column>
          </FieldSet>
          <div>
            <Button type="submit" disabled={update.isPending}>
              {t('common.save')}
            </Button>
          </div>
        </Column>
      </form>
    </section>
  )
}
