import { Column, DescriptionList, Heading, Link, Paragraph, Table } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { TableScroll } from '../../../components/TableScroll'
import { usePageTitle } from '../../../components/usePageTitle'
import { isApiError } from '../../../lib/api/problem'
import { useFormat } from '../../../lib/i18n/format'
import { useCrosswalk } from '../api/getCrosswalk'
import { useFramework } from '../api/getFramework'
import type { CrosswalkDetail } from '../api/types'
import { RelationLegend } from './RelationLegend'
import { useLocalText } from './vocabulary'

/** One crosswalk version: what it maps from and onto, and every mapping of an external item onto our indicator. */
export function CrosswalkDetailView({ crosswalkId, canReadFrameworks }: { crosswalkId: string; canReadFrameworks: boolean }) {
  const { t } = useTranslation()
  const query = useCrosswalk(crosswalkId)
  const crosswalk = query.data
  const title = crosswalk ? t('crosswalks.heading', { model: crosswalk.externalModel, version: crosswalk.version }) : t('crosswalks.title')
  usePageTitle(title)

  if (query.isPending) return <Loading />
  if (query.isError || !crosswalk) {
    return (
      <Column>
        <Heading level={1}>{isApiError(query.error, 404) ? t('crosswalks.notFound') : t('crosswalks.title')}</Heading>
        {!isApiError(query.error, 404) && <ProblemAlert error={query.error} />}
        <BackToList />
      </Column>
    )
  }
  return (
    <Column gap="large">
      <section aria-labelledby="crosswalk-heading">
        <Heading level={1} id="crosswalk-heading" className="ams-mb-s">
          {title}
        </Heading>
        <BackToList />
        <Facts crosswalk={crosswalk} />
      </section>
      <section aria-labelledby="crosswalk-relations-heading">
        <Heading level={2} id="crosswalk-relations-heading" className="ams-mb-s">
          {t('crosswalks.relationsHeading')}
        </Heading>
        <Paragraph className="ams-mb-s">{t('crosswalks.relationsIntro')}</Paragraph>
        <RelationLegend />
      </section>
      <section aria-labelledby="crosswalk-entries-heading">
        <Heading level={2} id="crosswalk-entries-heading" className="ams-mb-s">
          {t('crosswalks.entriesHeading')}
        </Heading>
        <Entries crosswalk={crosswalk} canReadFrameworks={canReadFrameworks} />
      </section>
    </Column>
  )
}

function BackToList() {
  const { t } = useTranslation()
  return (
    <Paragraph className="ams-mb-m">
      <Link href="/crosswalks" linkComponent={RouterLinkAdapter}>
        {t('crosswalks.backToList')}
      </Link>
    </Paragraph>
  )
}

function Facts({ crosswalk }: { crosswalk: CrosswalkDetail }) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <DescriptionList termsWidth="medium">
      <DescriptionList.Term>{t('crosswalks.externalModel')}</DescriptionList.Term>
      <DescriptionList.Description>{crosswalk.externalModel}</DescriptionList.Description>
      <DescriptionList.Term>{t('crosswalks.version')}</DescriptionList.Term>
      <DescriptionList.Description>{crosswalk.version}</DescriptionList.Description>
      <DescriptionList.Term>{t('crosswalks.frameworkVersion')}</DescriptionList.Term>
      <DescriptionList.Description>
        <Link href={`/frameworks/${crosswalk.frameworkId}`} linkComponent={RouterLinkAdapter}>
          {t('crosswalks.frameworkLink', { version: crosswalk.frameworkVersion })}
        </Link>
      </DescriptionList.Description>
      <DescriptionList.Term>{t('crosswalks.entryCount')}</DescriptionList.Term>
      <DescriptionList.Description>{format.number(crosswalk.entryCount)}</DescriptionList.Description>
      <DescriptionList.Term>{t('crosswalks.importedAt')}</DescriptionList.Term>
      <DescriptionList.Description>{format.dateTime(crosswalk.importedAt)}</DescriptionList.Description>
      <DescriptionList.Term>{t('crosswalks.description')}</DescriptionList.Term>
      <DescriptionList.Description className="casusregie-prewrap">{crosswalk.description || '–'}</DescriptionList.Description>
    </DescriptionList>
  )
}

function Entries({ crosswalk, canReadFrameworks }: { crosswalk: CrosswalkDetail; canReadFrameworks: boolean }) {
  const { t } = useTranslation()
  const local = useLocalText()
  // Our indicators' names come from the framework version the crosswalk maps onto (codes only for who cannot read it).
  const framework = useFramework(canReadFrameworks ? crosswalk.frameworkId : undefined)
  const indicatorName = (code: string) => {
    const indicator = framework.data?.indicators.find((item) => item.code === code)
    return indicator ? t('indicator.heading', { code, label: local(indicator.label) }) : code
  }
  if (crosswalk.entries.length === 0) return <Paragraph>{t('crosswalks.noEntries')}</Paragraph>
  return (
    <>
      {framework.isError && <ProblemAlert error={framework.error} headingLevel={3} />}
      <TableScroll label={t('crosswalks.entriesCaption')}>
        <Table>
          <Table.Caption className="ams-visually-hidden">{t('crosswalks.entriesCaption')}</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('crosswalks.externalCode')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('crosswalks.externalLabel')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('crosswalks.indicator')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('crosswalks.relation')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {crosswalk.entries.map((entry) => (
              <Table.Row key={`${entry.externalCode}-${entry.indicatorCode}`}>
                <Table.HeaderCell scope="row">{entry.externalCode}</Table.HeaderCell>
                <Table.Cell>{entry.externalLabel}</Table.Cell>
                <Table.Cell>{indicatorName(entry.indicatorCode)}</Table.Cell>
                <Table.Cell>{t(`enums.mappingRelation.${entry.relation}`)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </>
  )
}
