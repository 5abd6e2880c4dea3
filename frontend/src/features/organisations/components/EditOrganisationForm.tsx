import { Alert, Button, Column, Paragraph, Row, Select } from '@amsterdam/design-system-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField, TextField } from '../../../components/fields'
import { hasErrors, serverFieldErrors, type FieldErrors } from '../../../components/formErrors'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { ORGANISATION_KINDS } from '../../../lib/api/enums'
import { isApiError } from '../../../lib/api/problem'
import type { Organisation, OrganisationKind } from '../../../lib/api/types'
import { useUpdateOrganisation, type OrganisationUpdateBody } from '../api/updateOrganisation'

type Props = { organisation: Organisation; onConflict: () => void }

/** Edits name, short name and kind, and (de)activates; every change is conditional on the loaded version. */
export function EditOrganisationForm({ organisation, onConflict }: Props) {
  const { t } = useTranslation()
  const update = useUpdateOrganisation()
  const [saved, setSaved] = useState(organisation)
  const [name, setName] = useState(organisation.name)
  const [shortName, setShortName] = useState(organisation.shortName ?? '')
  const [kind, setKind] = useState<OrganisationKind>(organisation.kind)
  const [local, setLocal] = useState<FieldErrors>({})
  const [unchanged, setUnchanged] = useState(false)
  const errors = { ...serverFieldErrors(update.error), ...local }

  function send(changes: OrganisationUpdateBody) {
    update.mutate(
      { organisationId: saved.id, version: saved.version, changes },
      {
        onSuccess: setSaved,
        onError: (error) => {
          if (isApiError(error, 412)) onConflict()
        },
      },
    )
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const found: FieldErrors = { name: name.trim() ? undefined : t('organisations.nameRequired') }
    setLocal(found)
    if (hasErrors(found)) return
    const changes: OrganisationUpdateBody = {}
    if (name.trim() !== saved.name) changes.name = name.trim()
    if ((shortName.trim() || null) !== saved.shortName) changes.shortName = shortName.trim() || null
    if (kind !== saved.kind) changes.kind = kind
    setUnchanged(Object.keys(changes).length === 0)
    if (Object.keys(changes).length > 0) send(changes)
  }

  return (
    <Column>
      {update.isSuccess && (
        <Alert heading={t('common.savedHeading')} headingLevel={2} severity="success" role="status">
          <Paragraph>{t('organisations.saved')}</Paragraph>
        </Alert>
      )}
      {unchanged && <Paragraph role="status">{t('common.nothingChanged')}</Paragraph>}
      {!isApiError(update.error, 412) && <ProblemAlert error={update.error} />}
      <Paragraph>
        {t('filters.status')}: <strong>{saved.active ? t('common.active') : t('common.inactive')}</strong>
      </Paragraph>
      <form onSubmit={submit} noValidate aria-label={t('organisations.editLabel')}>
        <TextField id="org-edit-name" label={t('organisations.name')} required
          value={name} onChange={setName} error={errors.name} />
        <TextField id="org-edit-shortName" label={t('organisations.shortName')} optional
          value={shortName} onChange={setShortName} error={errors.shortName} />
        <SelectField id="org-edit-kind" label={t('organisations.kind')} required
          value={kind} onChange={(value) => setKind(value as OrganisationKind)} error={errors.kind}>
          {ORGANISATION_KINDS.map((k) => (
            <Select.Option key={k} value={k}>{t(`enums.organisationKind.${k}`)}</Select.Option>
          ))}
        </SelectField>
        <Row wrap>
          <Button type="submit" disabled={update.isPending}>
            {t('common.save')}
          </Button>
          <Button type="button" variant="secondary" disabled={update.isPending}
            onClick={() => send({ active: !saved.active })}>
            {saved.active ? t('organisations.deactivate') : t('organisations.activate')}
          </Button>
        </Row>
      </form>
    </Column>
  )
}
