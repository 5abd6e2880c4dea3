import { Button, Column, DescriptionList, Heading, Link, LinkList, Paragraph, Row, UnorderedList } from '@amsterdam/design-system-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormDialog } from '../../../components/FormDialog'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { usePageTitle } from '../../../components/usePageTitle'
import { isApiError } from '../../../lib/api/problem'
import { useFormat } from '../../../lib/i18n/format'
import { useFramework } from '../api/getFramework'
import { usePublishFramework } from '../api/publishFramework'
import type { FrameworkDetail, Indicator } from '../api/types'
import { FrameworkStatusBadge } from './Badges'
import { CrosswalkList } from './CrosswalkList'
import { IndicatorFacts, IndicatorFlags } from './IndicatorFacts'
import { AUDIENCES, CONCERN_LEVELS, useLocalText } from './vocabulary'

type Props = { readonly frameworkId: string; readonly canManage: boolean }

/** One framework version: dimensions, indicators with their guidance questions, rules and review cadence. */
export function FrameworkDetailView({ frameworkId, canManage }: Props) {
  const { t } = useTranslation()
  const local = useLocalText()
  const query = useFramework(frameworkId)
  usePageTitle(query.data ? `${local(query.data.name)} ${query.data.version}` : t('frameworks.title'))

  if (query.isPending) return <Loading />
  if (query.isError) {
    return (
      <Column>
        <Heading level={1}>{isApiError(query.error, 404) ? t('frameworks.notFound') : t('frameworks.title')}</Heading>
        {!isApiError(query.error, 404) && <ProblemAlert error={query.error} />}
        <Paragraph>
          <Link href="/frameworks" linkComponent={RouterLinkAdapter}>
            {t('frameworks.backToList')}
          </Link>
        </Paragraph>
      </Column>
    )
  }
  const framework = query.data
  return (
    <Column gap="large">
      <FrameworkHeader framework={framework} canManage={canManage} />
      <section aria-labelledby="framework-guides-heading">
        <Heading level={2} id="framework-guides-heading" className="ams-mb-s">
          {t('frameworks.guidesHeading')}
        </Heading>
        <Paragraph className="ams-mb-s">{t('frameworks.guidesIntro')}</Paragraph>
        <LinkList>
          {AUDIENCES.map((audience) => (
            <LinkList.Link key={audience} href={`/frameworks/${framework.id}/guide/${audience}`} linkComponent={RouterLinkAdapter}>
              {t('guide.linkFor', { audience: t(`enums.audience.${audience}`) })}
            </LinkList.Link>
          ))}
        </LinkList>
      </section>
      <section aria-labelledby="framework-crosswalks-heading">
        <Heading level={2} id="framework-crosswalks-heading" className="ams-mb-s">
          {t('frameworks.crosswalksHeading')}
        </Heading>
        <Paragraph className="ams-mb-s">{t('frameworks.crosswalksIntro')}</Paragraph>
        <CrosswalkList frameworkId={framework.id} caption={t('frameworks.crosswalksCaption', { version: framework.version })} />
        <Paragraph className="ams-mt-s">
          <Link href="/crosswalks" linkComponent={RouterLinkAdapter}>
            {canManage ? t('frameworks.crosswalksManage') : t('frameworks.crosswalksAll')}
          </Link>
        </Paragraph>
      </section>
      {framework.dimensions.map((dimension) => (
        <section key={dimension.code} aria-labelledby={`dimension-${dimension.code}`}>
          <Heading level={2} id={`dimension-${dimension.code}`} className="ams-mb-s">
            {local(dimension.label)}
          </Heading>
          <Paragraph className="ams-mb-m">
            {local(dimension.description)}{' '}
            <span className="casusregie-note">({t(`enums.dimensionKind.${dimension.kind}`)})</span>
          </Paragraph>
          <ol className="casusregie-indicators">
            {framework.indicators
              .filter((indicator) => indicator.dimension === dimension.code)
              .map((indicator) => (
                <IndicatorItem key={indicator.code} indicator={indicator} />
              ))}
          </ol>
        </section>
      ))}
      <RulesAndCadence framework={framework} />
    </Column>
  )
}

function FrameworkHeader({ framework, canManage }: { framework: FrameworkDetail; canManage: boolean }) {
  const { t } = useTranslation()
  const format = useFormat()
  const local = useLocalText()
  const [publishing, setPublishing] = useState(false)
  return (
    <section aria-labelledby="framework-heading">
      <Heading level={1} id="framework-heading" className="ams-mb-m">
        {t('frameworks.heading', { name: local(framework.name), version: framework.version })}
      </Heading>
      <DescriptionList termsWidth="medium" className="ams-mb-m">
        <DescriptionList.Term>{t('frameworks.status')}</DescriptionList.Term>
        <DescriptionList.Description data-testid="framework-status">
          <FrameworkStatusBadge status={framework.status} />
        </DescriptionList.Description>
        <DescriptionList.Term>{t('frameworks.code')}</DescriptionList.Term>
        <DescriptionList.Description>{framework.code}</DescriptionList.Description>
        <DescriptionList.Term>{t('frameworks.indicatorCount')}</DescriptionList.Term>
        <DescriptionList.Description>{format.number(framework.indicatorCount)}</DescriptionList.Description>
        <DescriptionList.Term>{t('frameworks.importedAt')}</DescriptionList.Term>
        <DescriptionList.Description>{format.dateTime(framework.importedAt)}</DescriptionList.Description>
        {framework.publishedAt && (
          <>
            <DescriptionList.Term>{t('frameworks.publishedAt')}</DescriptionList.Term>
            <DescriptionList.Description>{format.dateTime(framework.publishedAt)}</DescriptionList.Description>
          </>
        )}
        <DescriptionList.Term>{t('frameworks.changeLog')}</DescriptionList.Term>
        <DescriptionList.Description className="casusregie-prewrap">{framework.changeLog || '–'}</DescriptionList.Description>
      </DescriptionList>
      {canManage && framework.status === 'draft' && (
        <Row wrap>
          <Button onClick={() => setPublishing(true)}>{t('frameworks.publish.button')}</Button>
        </Row>
      )}
      {framework.status !== 'draft' && <Paragraph size="small">{t('frameworks.immutable')}</Paragraph>}
      {publishing && <PublishDialog framework={framework} onClose={() => setPublishing(false)} />}
    </section>
  )
}

function PublishDialog({ framework, onClose }: { framework: FrameworkDetail; onClose: () => void }) {
  const { t } = useTranslation()
  const local = useLocalText()
  const publish = usePublishFramework()
  return (
    <FormDialog heading={t('frameworks.publish.heading', { version: framework.version })} onClose={onClose}
      footer={
        <Row wrap>
          <Button disabled={publish.isPending} onClick={() => publish.mutate(framework.id, { onSuccess: onClose })}>
            {t('frameworks.publish.confirm')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Row>
      }>
      <Column>
        <Paragraph>{t('frameworks.publish.text', { name: local(framework.name), version: framework.version })}</Paragraph>
        <ProblemAlert error={publish.error} />
      </Column>
    </FormDialog>
  )
}

function IndicatorItem({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation()
  const local = useLocalText()
  const headingId = `indicator-${indicator.code}`
  return (
    <li className="casusregie-indicator">
      <article aria-labelledby={headingId}>
        <Heading level={3} size="level-4" id={headingId} className="ams-mb-xs">
          {t('indicator.heading', { code: indicator.code, label: local(indicator.label) })}
        </Heading>
        <IndicatorFlags indicator={indicator} />
        <IndicatorFacts indicator={indicator} />
        <details className="casusregie-details">
          <summary>{t('indicator.questionsSummary', { count: indicator.questions.length })}</summary>
          {AUDIENCES.map((audience) => {
            const questions = indicator.questions.filter((question) => question.audience === audience)
            if (questions.length === 0) return null
            return (
              <div key={audience} className="ams-mt-s">
                <Paragraph size="small">
                  <strong>{t(`enums.audience.${audience}`)}</strong>
                </Paragraph>
                <UnorderedList size="small">
                  {questions.map((question, index) => (
                    <UnorderedList.Item key={index}>
                      {local(question.text)}{' '}
                      <span className="casusregie-note">({t(`enums.questionPurpose.${question.purpose}`)})</span>
                    </UnorderedList.Item>
                  ))}
                </UnorderedList>
              </div>
            )
          })}
        </details>
      </article>
    </li>
  )
}

function RulesAndCadence({ framework }: { framework: FrameworkDetail }) {
  const { t } = useTranslation()
  const { rules, cadence } = framework
  return (
    <section aria-labelledby="framework-rules-heading">
      <Heading level={2} id="framework-rules-heading" className="ams-mb-s">
        {t('frameworks.rulesHeading')}
      </Heading>
      <Paragraph className="ams-mb-s">{t('frameworks.rulesIntro')}</Paragraph>
      <UnorderedList className="ams-mb-m">
        <UnorderedList.Item>{t('frameworks.rules.acute')}</UnorderedList.Item>
        <UnorderedList.Item>
          {t('frameworks.rules.high', { count: rules.highMinDimensionsWithHighRelevance })}
        </UnorderedList.Item>
        {rules.increasingTrendIndicators.length > 0 && (
          <UnorderedList.Item>
            {t('frameworks.rules.increasing', { codes: rules.increasingTrendIndicators.join(', ') })}
          </UnorderedList.Item>
        )}
        <UnorderedList.Item>{t('frameworks.rules.elevated', { count: rules.elevatedMinRiskDimensions })}</UnorderedList.Item>
        <UnorderedList.Item>{t('frameworks.rules.buffer', { count: rules.protectiveMinPresent })}</UnorderedList.Item>
        <UnorderedList.Item>
          {t('frameworks.rules.unknown', { percent: rules.unknownCoreThresholdPercent })}
        </UnorderedList.Item>
      </UnorderedList>
      <Heading level={3} className="ams-mb-s">
        {t('frameworks.cadenceHeading')}
      </Heading>
      <DescriptionList termsWidth="medium">
        {CONCERN_LEVELS.map((level) => (
          <DescriptionList.Section key={level}>
            <DescriptionList.Term>{t(`enums.concernLevel.${level}`)}</DescriptionList.Term>
            <DescriptionList.Description>
              {cadence.daysByLevel[level] !== undefined ? t('frameworks.cadenceDays', { count: cadence.daysByLevel[level] }) : '–'}
            </DescriptionList.Description>
          </DescriptionList.Section>
        ))}
        {cadence.followUpMonthsAfterClosure.length > 0 && (
          <DescriptionList.Section>
            <DescriptionList.Term>{t('frameworks.followUp')}</DescriptionList.Term>
            <DescriptionList.Description>
              {t('frameworks.followUpMonths', { months: cadence.followUpMonthsAfterClosure.join(', ') })}
            </DescriptionList.Description>
          </DescriptionList.Section>
        )}
      </DescriptionList>
    </section>
  )
}
