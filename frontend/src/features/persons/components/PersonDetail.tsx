import { Column, DescriptionList, Heading, Link, Paragraph, Table, UnorderedList } from '@amsterdam/design-system-react'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConflictAlert } from '../../../components/ConflictAlert'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { TableScroll } from '../../../components/TableScroll'
import { usePageTitle } from '../../../components/usePageTitle'
import { isApiError } from '../../../lib/api/problem'
import type { Person } from '../../../lib/api/types'
import { useFormat } from '../../../lib/i18n/format'
import { usePerson } from '../api/getPerson'
import { personKeys } from '../api/keys'
import { BsnReveal } from './BsnReveal'
import { EditPersonForm } from './EditPersonForm'
import { Relations } from './Relations'

type Props = { personId: string; canManage: boolean; canRevealBsn: boolean }

export function PersonDetail({ personId, canManage, canRevealBsn }: Props) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const query = usePerson(personId)
  const [formKey, setFormKey] = useState(0)
  const [conflict, setConflict] = useState(false)
  usePageTitle(query.data?.fullName ?? t('person.title'))

  async function reloadAfterConflict() {
    await queryClient.invalidateQueries({ queryKey: personKeys.detail(personId) })
    setConflict(true)
    setFormKey((key) => key + 1)
  }

  if (query.isPending) return <Loading />
  if (query.isError) {
    return (
      <Column>
        <Heading level={1}>{isApiError(query.error, 404) ? t('person.notFound') : t('person.title')}</Heading>
        {isApiError(query.error, 404) ? <Paragraph>{t('person.notFoundText')}</Paragraph> : <ProblemAlert error={query.error} />}
      </Column>
    )
  }
  const person = query.data
  return (
    <Column gap="large">
      <Heading level={1}>{person.fullName}</Heading>
      <PersonFacts person={person} canRevealBsn={canRevealBsn} />
      <PersonCases person={person} />
      <Relations person={person} canManage={canManage} />
      {conflict && <ConflictAlert />}
      {canManage && <EditPersonForm key={formKey} person={person} onConflict={() => void reloadAfterConflict()} />}
    </Column>
  )
}

function PersonFacts({ person, canRevealBsn }: { person: Person; canRevealBsn: boolean }) {
  const { t } = useTranslation()
  const format = useFormat()
  const { address } = person
  return (
    <section aria-labelledby="person-facts-heading">
      <Heading level={2} id="person-facts-heading" className="ams-mb-s">
        {t('person.factsHeading')}
      </Heading>
      <DescriptionList termsWidth="medium">
        <DescriptionList.Term>{t('person.firstNames')}</DescriptionList.Term>
        <DescriptionList.Description>{person.firstNames}</DescriptionList.Description>
        {person.prefix && (
          <>
            <DescriptionList.Term>{t('person.prefix')}</DescriptionList.Term>
            <DescriptionList.Description>{person.prefix}</DescriptionList.Description>
          </>
        )}
        <DescriptionList.Term>{t('person.surname')}</DescriptionList.Term>
        <DescriptionList.Description>{person.surname}</DescriptionList.Description>
        <DescriptionList.Term>{t('person.dateOfBirth')}</DescriptionList.Term>
        <DescriptionList.Description>
          {person.dateOfBirth ? format.date(person.dateOfBirth) : t('person.dateOfBirthUnknown')}
        </DescriptionList.Description>
        <DescriptionList.Term>{t('person.gender')}</DescriptionList.Term>
        <DescriptionList.Description>{t(`enums.gender.${person.gender}`)}</DescriptionList.Description>
        <DescriptionList.Term>{t('person.address')}</DescriptionList.Term>
        <DescriptionList.Description>
          {address
            ? `${address.street} ${address.houseNumber}, ${address.postcode} ${address.city}`
            : t('person.addressUnknown')}
        </DescriptionList.Description>
        <DescriptionList.Term>{t('person.district')}</DescriptionList.Term>
        <DescriptionList.Description>{t(`enums.district.${person.district}`)}</DescriptionList.Description>
        <DescriptionList.Term>{t('person.bsn')}</DescriptionList.Term>
        <DescriptionList.Description>
          <BsnReveal personId={person.id} masked={person.bsnMasked} canReveal={canRevealBsn} />
        </DescriptionList.Description>
        <DescriptionList.Term>{t('person.externalIds')}</DescriptionList.Term>
        <DescriptionList.Description>
          {person.externalIds.length ? (
            <UnorderedList size="small">
              {person.externalIds.map((id) => (
                <UnorderedList.Item key={`${id.system}:${id.value}`}>
                  {id.system}: <span className="casusregie-id">{id.value}</span>
                </UnorderedList.Item>
              ))}
            </UnorderedList>
          ) : (
            t('person.noExternalIds')
          )}
        </DescriptionList.Description>
      </DescriptionList>
    </section>
  )
}

function PersonCases({ person }: { person: Person }) {
  const { t } = useTranslation()
  const format = useFormat()
  const caption = t('person.casesCaption')
  return (
    <section aria-labelledby="person-cases-heading">
      <Heading level={2} id="person-cases-heading" className="ams-mb-s">
        {t('person.casesHeading')}
      </Heading>
      <TableScroll label={caption}>
        <Table>
          <Table.Caption>{caption}</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('cases.reference')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('cases.status')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('cases.openedAt')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('case.closedAt')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {person.cases.length === 0 && (
              <Table.Row>
                <Table.Cell colSpan={4}>{t('person.noCases')}</Table.Cell>
              </Table.Row>
            )}
            {person.cases.map((item) => (
              <Table.Row key={item.id}>
                <Table.Cell>
                  <Link href={`/cases/${item.id}`} linkComponent={RouterLinkAdapter}>
                    {item.reference}
                  </Link>
                </Table.Cell>
                <Table.Cell>{t(`enums.caseStatus.${item.status}`)}</Table.Cell>
                <Table.Cell>{format.date(item.openedAt)}</Table.Cell>
                <Table.Cell>{item.closedAt ? format.date(item.closedAt) : '-'}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  )
}
