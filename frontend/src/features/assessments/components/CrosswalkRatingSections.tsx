import { Column, ErrorMessage, Heading, Paragraph, UnorderedList } from '@amsterdam/design-system-react'
import { memo, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssessmentDetail, Audience, CrosswalkDetail, CrosswalkEntry, FrameworkDetail, Indicator } from '../api/types'
import { DerivedRatingsTable } from './DerivedRatingsTable'
import { EMPTY_RATING, externalKey, fieldId, type AssessmentDraft, type RatingDraft } from './draft'
import { FieldSetFrame, GuidanceQuestions, IndicatorRatingFields } from './IndicatorRatingFields'
import { RatingControls } from './RatingControls'
import { RelationLegend } from './RelationLegend'
import { externalGroup, useLocalText } from './vocabulary'

type Errors = Readonly<Record<string, string | undefined>>
const NO_ERRORS: Errors = {}

/** One external item with the indicators of ours it maps onto. */
export type ExternalItem = { readonly code: string; readonly label: string; readonly entries: readonly CrosswalkEntry[] }

/** The crosswalk's items in its own order, each once. */
export function externalItems(crosswalk: CrosswalkDetail): ExternalItem[] {
  const items = new Map<string, ExternalItem>()
  for (const entry of crosswalk.entries) {
    const item = items.get(entry.externalCode)
    items.set(entry.externalCode, {
      code: entry.externalCode,
      label: item?.label ?? entry.externalLabel,
      entries: [...(item?.entries ?? []), entry],
    })
  }
  return [...items.values()]
}

type Props = {
  readonly assessment: AssessmentDetail
  readonly framework: FrameworkDetail
  readonly crosswalk: CrosswalkDetail
  readonly draft: AssessmentDraft
  readonly audience: Audience
  readonly dirty: boolean
  /** Errors by field key head: `ext-<code>` for an external item, the code for one of our indicators. */
  readonly errorsByKey: Readonly<Record<string, Errors>>
  readonly onChangeExternal: (code: string, patch: Partial<RatingDraft>) => void
  readonly onChangeRating: (code: string, patch: Partial<RatingDraft>) => void
}

/**
 * An assessment entered in an external model's codes (the police model): its items grouped by code prefix with
 * the usual rating fields, how the saved ratings land on our indicators (read only), and our indicators the
 * crosswalk does not reach, to rate directly.
 */
export function CrosswalkRatingSections(props: Props) {
  const { assessment, framework, crosswalk, draft, audience, dirty, errorsByKey, onChangeExternal, onChangeRating } = props
  const { t } = useTranslation()
  const local = useLocalText()
  const items = useMemo(() => externalItems(crosswalk), [crosswalk])
  const groups = useMemo(() => {
    const byGroup = new Map<string, ExternalItem[]>()
    for (const item of items) byGroup.set(externalGroup(item.code), [...(byGroup.get(externalGroup(item.code)) ?? []), item])
    return byGroup
  }, [items])
  const mapped = useMemo(() => new Set(crosswalk.entries.map((entry) => entry.indicatorCode)), [crosswalk])
  const indicators = useMemo(() => new Map(framework.indicators.map((item) => [item.code, item])), [framework])
  const relationOf = (externalCode: string, indicatorCode: string) =>
    crosswalk.entries.find((entry) => entry.externalCode === externalCode && entry.indicatorCode === indicatorCode)?.relation
  const model = crosswalk.externalModel

  return (
    <>
      <section aria-labelledby="crosswalk-items-heading">
        <Heading level={2} id="crosswalk-items-heading" className="ams-mb-xs">
          {t('policeCodes.heading', { model, version: crosswalk.version })}
        </Heading>
        <Paragraph>{t('policeCodes.intro', { model })}</Paragraph>
      </section>
      {[...groups].map(([group, members]) => (
        <section key={group} aria-labelledby={`crosswalk-group-${group}`}>
          <Heading level={2} id={`crosswalk-group-${group}`} className="ams-mb-m">
            {members.length === 1
              ? t('policeCodes.groupOne', { group, code: members[0].code })
              : t('policeCodes.group', { group, first: members[0].code, last: members.at(-1)?.code })}
          </Heading>
          <Column>
            {members.map((item) => (
              <ExternalItemFields key={item.code} item={item} indicators={indicators} audience={audience}
                draft={draft.externalRatings[item.code] ?? EMPTY_RATING}
                errors={errorsByKey[externalKey(item.code)] ?? NO_ERRORS} onChange={onChangeExternal} />
            ))}
          </Column>
        </section>
      ))}
      <section aria-labelledby="crosswalk-derived-heading">
        <Heading level={2} id="crosswalk-derived-heading" className="ams-mb-xs">
          {t('policeCodes.derivedHeading')}
        </Heading>
        <Paragraph className="ams-mb-s">{t('policeCodes.derivedIntro')}</Paragraph>
        <div aria-live="polite">{dirty && <Paragraph className="ams-mb-s">{t('policeCodes.derivedStale')}</Paragraph>}</div>
        <DerivedRatingsTable assessment={assessment} framework={framework} relationOf={relationOf} />
        <details className="casusregie-details ams-mt-s">
          <summary>{t('policeCodes.relationsSummary')}</summary>
          <div className="ams-mt-s">
            <RelationLegend />
          </div>
        </details>
      </section>
      <Paragraph>{t('policeCodes.unmappedIntro', { model })}</Paragraph>
      {framework.dimensions.map((dimension) => {
        const unmapped = framework.indicators.filter((item) => item.dimension === dimension.code && !mapped.has(item.code))
        if (unmapped.length === 0) return null
        return (
          <section key={dimension.code} aria-labelledby={`assessment-dimension-${dimension.code}`}>
            <Heading level={2} id={`assessment-dimension-${dimension.code}`} className="ams-mb-xs">
              {t('policeCodes.unmappedHeading', { dimension: local(dimension.label) })}
            </Heading>
            <Paragraph className="ams-mb-m">{local(dimension.description)}</Paragraph>
            <Column>
              {unmapped.map((indicator) => (
                <IndicatorRatingFields key={indicator.code} indicator={indicator} audience={audience}
                  protective={dimension.kind === 'protective'} draft={draft.ratings[indicator.code] ?? EMPTY_RATING}
                  errors={errorsByKey[indicator.code] ?? NO_ERRORS} onChange={onChangeRating} />
              ))}
            </Column>
          </section>
        )
      })}
    </>
  )
}

type ItemProps = {
  readonly item: ExternalItem
  readonly indicators: ReadonlyMap<string, Indicator>
  readonly audience: Audience
  readonly draft: RatingDraft
  readonly errors: Errors
  readonly onChange: (code: string, patch: Partial<RatingDraft>) => void
}

/** One external item: which of our indicators it counts for, its rating, and the questions of those indicators. */
const ExternalItemFields = memo(function ExternalItemFields({ item, indicators, audience, draft, errors, onChange }: ItemProps) {
  const { t } = useTranslation()
  const local = useLocalText()
  const key = externalKey(item.code)
  const targets = item.entries.map((entry) => ({ entry, indicator: indicators.get(entry.indicatorCode) }))
  const questions = targets.flatMap(({ indicator }) => indicator?.questions.filter((question) => question.audience === audience) ?? [])
  return (
    <FieldSetFrame legend={t('indicator.heading', { code: item.code, label: item.label })} id={fieldId(key)}>
      <Column gap="small">
        {errors.code && (
          <ErrorMessage id={fieldId(`${key}.code`)} prefix={t('form.errorPrefix')}>
            {errors.code}
          </ErrorMessage>
        )}
        <div>
          <Paragraph size="small" id={`${fieldId(key)}-targets`}>
            {t('policeCodes.countsFor')}
          </Paragraph>
          <UnorderedList size="small" aria-labelledby={`${fieldId(key)}-targets`}>
            {targets.map(({ entry, indicator }) => (
              <UnorderedList.Item key={entry.indicatorCode}>
                {t('policeCodes.target', {
                  indicator: indicator ? t('indicator.heading', { code: entry.indicatorCode, label: local(indicator.label) }) : entry.indicatorCode,
                  relation: t(`enums.mappingRelation.${entry.relation}`),
                })}
              </UnorderedList.Item>
            ))}
          </UnorderedList>
        </div>
        <RatingControls fieldKey={key} draft={draft} protective={false} errors={errors} onChange={(patch) => onChange(item.code, patch)} />
      </Column>
      <GuidanceQuestions label={t('assessment.questionsFor', { indicator: item.code })} audience={audience} questions={questions} />
    </FieldSetFrame>
  )
})
