import { Column, FieldSet, Heading, Paragraph, UnorderedList } from '@amsterdam/design-system-react'
import { memo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Audience, GuidanceQuestion, Indicator } from '../api/types'
import { fieldId, type RatingDraft } from './draft'
import { IndicatorFacts, IndicatorFlags } from './IndicatorFacts'
import { RatingControls } from './RatingControls'
import { useLocalText } from './vocabulary'

type Props = {
  readonly indicator: Indicator
  readonly protective: boolean
  readonly draft: RatingDraft
  readonly audience: Audience
  /** Errors of this indicator's fields, by field name (relevance, sourceOn, ...). */
  readonly errors: Readonly<Record<string, string | undefined>>
  readonly onChange: (code: string, patch: Partial<RatingDraft>) => void
}

/** One indicator: what it means, its rating, the evidence, and beside it the questions for the chosen audience. */
export const IndicatorRatingFields = memo(function IndicatorRatingFields({
  indicator,
  protective,
  draft,
  audience,
  errors,
  onChange,
}: Props) {
  const { t } = useTranslation()
  const local = useLocalText()
  const { code } = indicator
  const questions = indicator.questions.filter((question) => question.audience === audience)
  const label = t('indicator.heading', { code, label: local(indicator.label) })

  return (
    <FieldSetFrame legend={label} id={fieldId(code)}>
      <Column gap="small">
        <IndicatorFlags indicator={indicator} />
        <IndicatorFacts indicator={indicator} />
        <RatingControls fieldKey={code} draft={draft} protective={protective} errors={errors}
          onChange={(patch) => onChange(code, patch)} />
      </Column>
      <GuidanceQuestions label={t('assessment.questionsFor', { indicator: code })} audience={audience} questions={questions} />
    </FieldSetFrame>
  )
})

/** The frame of one rated item: its fields, and beside them the guidance questions. */
export function FieldSetFrame({ legend, id, children }: { legend: string; id: string; children: ReactNode }) {
  return (
    <FieldSet legend={legend} className="casusregie-rating" id={id}>
      <div className="casusregie-rating__grid">{children}</div>
    </FieldSet>
  )
}

/** The guidance questions for the chosen audience, beside an item's rating. */
export function GuidanceQuestions({ label, audience, questions }: {
  label: string
  audience: Audience
  questions: readonly GuidanceQuestion[]
}) {
  const { t } = useTranslation()
  const local = useLocalText()
  return (
    <aside className="casusregie-rating__questions" aria-label={label}>
      <Heading level={3} size="level-5" className="ams-mb-xs">
        {t('assessment.questionsHeading', { audience: t(`enums.audience.${audience}`) })}
      </Heading>
      {questions.length === 0 ? (
        <Paragraph size="small">{t('assessment.noQuestions')}</Paragraph>
      ) : (
        <UnorderedList size="small">
          {questions.map((question, index) => (
            <UnorderedList.Item key={index}>{local(question.text)}</UnorderedList.Item>
          ))}
        </UnorderedList>
      )}
    </aside>
  )
}
