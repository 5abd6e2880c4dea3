import { Column, DescriptionList, Heading } from '@amsterdam/design-system-react'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConflictAlert } from '../../../components/ConflictAlert'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { usePageTitle } from '../../../components/usePageTitle'
import type { Organisation } from '../../../lib/api/types'
import { useFormat } from '../../../lib/i18n/format'
import { useOrganisation } from '../api/getOrganisation'
import { organisationKeys } from '../api/keys'
import { EditOrganisationForm } from './EditOrganisationForm'

export function OrganisationDetail({ organisationId, canManage }: { organisationId: string; canManage: boolean }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const query = useOrganisation(organisationId)
  const [formKey, setFormKey] = useState(0)
  const [conflict, setConflict] = useState(false)
  usePageTitle(query.data?.name ?? t('organisations.title'))

  async function reloadAfterConflict() {
    await queryClient.invalidateQueries({ queryKey: organisationKeys.detail(organisationId) })
    setConflict(true)
    setFormKey((key) => key + 1)
  }

  if (query.isPending) return <Loading />
  if (query.isError) {
    return (
      <Column>
        <Heading level={1}>{t('organisations.title')}</Heading>
        <ProblemAlert error={query.error} />
      </Column>
    )
  }
  return (
    <Column>
      <Heading level={1}>{query.data.name}</Heading>
      {conflict && <ConflictAlert />}
      {canManage ? (
        <EditOrganisationForm key={formKey} organisation={query.data} onConflict={() => void reloadAfterConflict()} />
      ) : (
        <OrganisationFacts organisation={query.data} />
      )}
    </Column>
  )
}

function OrganisationFacts({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <DescriptionList>
      <DescriptionList.Term>{t('organisations.shortName')}</DescriptionList.Term>
      <DescriptionList.Description>{organisation.shortName ?? '-'}</DescriptionList.Description>
      <DescriptionList.Term>{t('organisations.kind')}</DescriptionList.Term>
      <DescriptionList.Description>{t(`enums.organisationKind.${organisation.kind}`)}</DescriptionList.Description>
      <DescriptionList.Term>{t('filters.status')}</DescriptionList.Term>
      <DescriptionList.Description>
        {organisation.active ? t('common.active') : t('common.inactive')}
      </DescriptionList.Description>
      <DescriptionList.Term>{t('common.updatedAt')}</DescriptionList.Term>
      <DescriptionList.Description>{format.dateTime(organisation.updatedAt)}</DescriptionList.Description>
    </DescriptionList>
  )
}
