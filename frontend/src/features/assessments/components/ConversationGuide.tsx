import { Button, Column, Heading, Link, OrderedList, Paragraph, Row } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { usePageTitle } from '../../../components/usePageTitle'
import { useFramework } from '../api/getFramework'
import type { Audience, FrameworkDetail } from '../api/types'
import { useLocalText } from './vocabulary'

type Props = { readonly frameworkId: string; readonly audience: Audience }

/**
 * A printable conversation guide: per dimension the guidance questions for one audience. The family and
 * network guide names no indicators (a label such as "Dehumanisation" read across the kitchen table
 * stigmatises); its dimensions are numbered neutral topics.
 */
export function ConversationGuide({ frameworkId, audience }: Props) {
  const { t } = useTranslation()
  const local = useLocalText()
  const query = useFramework(frameworkId)
  const audienceLabel = t(`enums.audience.${audience}`)
  usePageTitle(t('guide.title', { audience: audienceLabel }))
  if (query.isPending) return <Loading />
  if (query.isError) return <ProblemAlert error={query.error} headingLevel={1} />
  const framework = query.data
  return (
    <article className="casusregie-guide" aria-labelledby="guide-heading">
      <Column gap="large">
        <header>
          <Heading level={1} id="guide-heading" className="ams-mb-s">
            {t('guide.title', { audience: audienceLabel })}
          </Heading>
          <Paragraph size="small" className="ams-mb-s">
            {t('guide.framework', { name: local(framework.name), version: framework.version })}
          </Paragraph>
          <Paragraph>{t(`guide.intro.${audience}`)}</Paragraph>
          <Row wrap className="casusregie-no-print ams-mt-m">
            <Button onClick={() => window.print()}>{t('guide.print')}</Button>
            <Paragraph>
              <Link href={`/frameworks/${framework.id}`} linkComponent={RouterLinkAdapter}>
                {t('guide.backToFramework')}
              </Link>
            </Paragraph>
          </Row>
        </header>
        {audience === 'family_network' ? <FamilyTopics framework={framework} /> : <IndicatorTopics framework={framework} audience={audience} />}
      </Column>
    </article>
  )
}

function questionsOf(framework: FrameworkDetail, dimension: string, audience: Audience) {
  return framework.indicators
    .filter((indicator) => indicator.dimension === dimension)
    .map((indicator) => ({ indicator, questions: indicator.questions.filter((q) => q.audience === audience) }))
    .filter((item) => item.questions.length > 0)
}

function FamilyTopics({ framework }: { framework: FrameworkDetail }) {
  const { t } = useTranslation()
  const local = useLocalText()
  return (
    <>
      {framework.dimensions.map((dimension, index) => {
        const items = questionsOf(framework, dimension.code, 'family_network')
        if (items.length === 0) return null
        const headingId = `guide-topic-${index + 1}`
        return (
          <section key={dimension.code} aria-labelledby={headingId} className="casusregie-guide__topic">
            <Heading level={2} id={headingId} className="ams-mb-s">
              {t('guide.topic', { number: index + 1 })}
            </Heading>
            <OrderedList>
              {items.flatMap(({ indicator, questions }) =>
                questions.map((question, q) => <OrderedList.Item key={`${indicator.code}-${q}`}>{local(question.text)}</OrderedList.Item>),
              )}
            </OrderedList>
            <div className="casusregie-guide__notes" aria-hidden="true" />
          </section>
        )
      })}
    </>
  )
}

function IndicatorTopics({ framework, audience }: { framework: FrameworkDetail; audience: Audience }) {
  const { t } = useTranslation()
  const local = useLocalText()
  return (
    <>
      {framework.dimensions.map((dimension) => {
        const items = questionsOf(framework, dimension.code, audience)
        if (items.length === 0) return null
        const headingId = `guide-dimension-${dimension.code}`
        return (
          <section key={dimension.code} aria-labelledby={headingId} className="casusregie-guide__topic">
            <Heading level={2} id={headingId} className="ams-mb-s">
              {local(dimension.label)}
            </Heading>
            {items.map(({ indicator, questions }) => (
              <div key={indicator.code} className="casusregie-guide__indicator">
                <Heading level={3} size="level-5" className="ams-mb-xs">
                  {t('indicator.heading', { code: indicator.code, label: local(indicator.label) })}
                </Heading>
                <OrderedList>
                  {questions.map((question, q) => (
                    <OrderedList.Item key={q}>{local(question.text)}</OrderedList.Item>
                  ))}
                </OrderedList>
              </div>
            ))}
            <div className="casusregie-guide__notes" aria-hidden="true" />
          </section>
        )
      })}
    </>
  )
}
