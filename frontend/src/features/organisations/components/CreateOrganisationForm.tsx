import { Alert, Button, Column, Heading, Link, Paragraph, Select } from '@amsterdam/design-system-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField, TextField } from '../../../components/fields'
import { hasErrors, serverFieldErrors, type FieldErrors } from '../../../components/formErrors'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { ORGANISATION_KINDS } from '../../../lib/api/enums'
import type { OrganisationKind } from '../../../lib/api/types'
import { useCreateOrganisation } from '../api/createOrganisation'

export function CreateOrganisationForm() {
  const { t } = useTranslation()
  const create = useCreateOrganisation()
  const [name, setName] = useState('')
  const [shortName, setShortName] = useState('')
  const [kind, setKind] = useState<OrganisationKind | ''>('')
  const [local, setLocal] = useState<FieldErrors>({})
  const errors = { ...serverFieldErrors(create.error), ...local }

  function submit(event: FormEvent) {
    event.preventDefault()
    const found: FieldErrors = {
      name: name.trim() ? undefined : t('organisations.nameRequired'),
      kind: kind ? undefined : t('organisations.kindRequired'),
    }
    setLocal(found)
    if (hasErrors(found) || !kind) return
    create.mutate(
      { name: name.trim(), kind, ...(shortName.trim() ? { shortName: shortName.trim() } : {}) },
      {
        onSuccess: () => {
          setName('')
          setShortName('')
          setKind('')
        },
      },
    )
  }

  return (
    <section aria-labelledby="create-organisation-heading">
      <Heading level={2} id="create-organisation-heading" className="ams-mb-m">
        {t('organisations.createHeading')}
      </Heading>
      <form onSubmit={submit} noValidate>
        <Column>
          {create.isSuccess && (
            <Alert heading={t('organisations.createdHeading')} headingLevel={3} severity="success" role="status">
              <Paragraph>
                {t('organisations.created', { name: create.data.name })}{' '}
                <Link href={`/admin/organisations/${create.data.id}`} linkComponent={RouterLinkAdapter}>
                  {t('organisations.open')}
                </Link>
              </Paragraph>
            </Alert>
          )}
          <ProblemAlert error={create.error} headingLevel={3} />
          <div>
            <TextField id="org-create-name" label={t('organisations.name')} required
              value={name} onChange={setName} error={errors.name} />
            <TextField id="org-create-shortName" label={t('organisations.shortName')} optional
              value={shortName} onChange={setShortName} error={errors.shortName} />
            <SelectField id="org-create-kind" label={t('organisations.kind')} required
              value={kind} onChange={(value) => setKind(value as OrganisationKind | '')} error={errors.kind}>
              <Select.Option value="">{t('organisations.chooseKind')}</Select.Option>
              {ORGANISATION_KINDS.map((k) => (
                <Select.Option key={k} value={k}>{t(`enums.organisationKind.${k}`)}</Select.Option>
              ))}
            </SelectField>
          </div>
          <div>
            <Button type="submit" disabled={create.isPending}>
              {t('organisations.create')}
            </Button>
          </div>
        </Column>
      </form>
    </section>
  )
}
