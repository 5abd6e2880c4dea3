import { Button, Column, Heading, Link, Paragraph, Select, Table } from '@amsterdam/design-system-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { DateField, SelectField, TextField } from '../../../components/fields'
import { hasErrors, serverFieldErrors, type FieldErrors } from '../../../components/formErrors'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { TableScroll } from '../../../components/TableScroll'
import { isOneOf, RELATION_KINDS } from '../../../lib/api/enums'
import type { Person } from '../../../lib/api/types'
import { todayIso } from '../../../lib/i18n/format'
import { useAddRelation } from '../api/addRelation'
import { useRemoveRelation } from '../api/removeRelation'

/** The people around the subject (family, network); they are persons of their own. */
export function Relations({ person, canManage }: { person: Person; canManage: boolean }) {
  const { t } = useTranslation()
  const remove = useRemoveRelation()
  const caption = t('relations.tableCaption')
  return (
    <section aria-labelledby="person-relations-heading">
      <Heading level={2} id="person-relations-heading" className="ams-mb-s">
        {t('relations.heading')}
      </Heading>
      <ProblemAlert error={remove.error} headingLevel={3} />
      <TableScroll label={caption}>
        <Table>
          <Table.Caption>{caption}</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('person.name')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('relations.relation')}</Table.HeaderCell>
              {canManage && <Table.HeaderCell scope="col">{t('relations.actions')}</Table.HeaderCell>}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {person.relations.length === 0 && (
              <Table.Row>
                <Table.Cell colSpan={canManage ? 3 : 2}>{t('relations.none')}</Table.Cell>
              </Table.Row>
            )}
            {person.relations.map((relation) => (
              <Table.Row key={relation.id}>
                <Table.Cell>
                  <Link href={`/persons/${relation.relatedPersonId}`} linkComponent={RouterLinkAdapter}>
                    {relation.relatedPersonName}
                  </Link>
                </Table.Cell>
                <Table.Cell>{t(`enums.relationKind.${relation.relation}`)}</Table.Cell>
                {canManage && (
                  <Table.Cell>
                    <Button variant="tertiary" disabled={remove.isPending}
                      onClick={() => remove.mutate({ personId: person.id, relationId: relation.id })}>
                      {t('relations.remove', { name: relation.relatedPersonName })}
                    </Button>
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      {canManage && <AddRelationForm personId={person.id} />}
    </section>
  )
}

function AddRelationForm({ personId }: { personId: string }) {
  const { t } = useTranslation()
  const add = useAddRelation()
  const [relation, setRelation] = useState('')
  const [firstNames, setFirstNames] = useState('')
  const [prefix, setPrefix] = useState('')
  const [surname, setSurname] = useState('')
  const [dateOfBirth, setDateOfBirth] = useState('')
  const [local, setLocal] = useState<FieldErrors>({})
  const errors = { ...serverFieldErrors(add.error), ...local }

  function submit(event: FormEvent) {
    event.preventDefault()
    const found: FieldErrors = {
      relation: relation ? undefined : t('relations.relationRequired'),
      firstNames: firstNames.trim() ? undefined : t('person.firstNamesRequired'),
      surname: surname.trim() ? undefined : t('person.surnameRequired'),
    }
    setLocal(found)
    if (hasErrors(found) || !isOneOf(RELATION_KINDS, relation)) return
    add.mutate(
      {
        personId,
        body: {
          relation,
          person: {
            firstNames: firstNames.trim(),
            surname: surname.trim(),
            ...(prefix.trim() ? { prefix: prefix.trim() } : {}),
            ...(dateOfBirth ? { dateOfBirth } : {}),
          },
        },
      },
      {
        onSuccess: () => {
          setRelation('')
          setFirstNames('')
          setPrefix('')
          setSurname('')
          setDateOfBirth('')
        },
      },
    )
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="person-relation-add-heading" className="ams-mt-l">
      <Heading level={3} id="person-relation-add-heading" className="ams-mb-s">
        {t('relations.addHeading')}
      </Heading>
      <Column>
        <ProblemAlert error={add.error} headingLevel={4} />
        {add.isSuccess && <Paragraph role="status">{t('relations.added')}</Paragraph>}
        <div>
          <SelectField id="relation-kind" label={t('relations.relation')} required value={relation} onChange={setRelation}
            error={errors.relation}>
            <Select.Option value="">{t('form.choose')}</Select.Option>
            {RELATION_KINDS.map((kind) => (
              <Select.Option key={kind} value={kind}>{t(`enums.relationKind.${kind}`)}</Select.Option>
            ))}
          </SelectField>
          <TextField id="relation-first-names" label={t('person.firstNames')} required autoComplete="off"
            value={firstNames} onChange={setFirstNames} error={errors.firstNames} />
          <TextField id="relation-prefix" label={t('person.prefix')} optional autoComplete="off" value={prefix}
            onChange={setPrefix} error={errors.prefix} />
          <TextField id="relation-surname" label={t('person.surname')} required autoComplete="off" value={surname}
            onChange={setSurname} error={errors.surname} />
          <DateField id="relation-date-of-birth" label={t('person.dateOfBirth')} optional max={todayIso()}
            value={dateOfBirth} onChange={setDateOfBirth} error={errors.dateOfBirth} />
        </div>
        <div>
          <Button type="submit" variant="secondary" disabled={add.isPending}>
            {t('relations.add')}
          </Button>
        </div>
      </Column>
    </form>
  )
}
