import { ErrorMessage, FieldSet, Radio, Row, Select } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { DateField, SelectField, TextAreaField, TextField } from '../../../components/fields'
import { fieldId, needsRelevance, type RatingDraft } from './draft'
import { PRESENCES, RELEVANCES, SHARING_LEVELS, TRENDS, usePresenceLabel } from './vocabulary'

type Props = {
  /** The key of this item's fields (`<key>.<field>`): an indicator code, or `ext-<code>` for an external item. */
  readonly fieldKey: string
  readonly draft: RatingDraft
  readonly protective: boolean
  /** Errors of this item's fields, by field name (relevance, sourceOn, ...). */
  readonly errors: Readonly<Record<string, string | undefined>>
  readonly onChange: (patch: Partial<RatingDraft>) => void
}

/** The rating of one item: presence, relevance and trend when (partly) present, and the evidence with its source and sharing. */
export function RatingControls({ fieldKey, draft, protective, errors, onChange: set }: Props) {
  const { t } = useTranslation()
  const presenceLabel = usePresenceLabel()
  const id = (field: string) => fieldId(`${fieldKey}.${field}`)
  const relevanceError = errors.relevance
  const evidenceOpen =
    needsRelevance(draft.presence) ||
    Boolean(draft.evidenceFor || draft.evidenceAgainst || draft.source || errors.evidenceFor || errors.source || errors.sourceOn)

  return (
    <>
      <FieldSet legend={t('assessment.presence')} inFieldSet invalid={Boolean(errors.presence)}
        aria-describedby={errors.presence ? `${id('presence')}-error` : undefined} id={id('presence')}>
        {errors.presence && (
          <ErrorMessage id={`${id('presence')}-error`} prefix={t('form.errorPrefix')}>
            {errors.presence}
          </ErrorMessage>
        )}
        <Row wrap gap="small">
          {PRESENCES.map((presence) => (
            <Radio key={presence} name={id('presence')} value={presence} checked={draft.presence === presence}
              onChange={() => set({ presence })}>
              {presenceLabel(presence, protective)}
            </Radio>
          ))}
        </Row>
      </FieldSet>
      {needsRelevance(draft.presence) && (
        <>
          <FieldSet legend={t('assessment.relevance')} inFieldSet invalid={Boolean(relevanceError)} id={id('relevance')}
            aria-describedby={relevanceError ? `${id('relevance')}-error` : undefined}>
            {relevanceError && (
              <ErrorMessage id={`${id('relevance')}-error`} prefix={t('form.errorPrefix')}>
                {relevanceError}
              </ErrorMessage>
            )}
            <Row wrap gap="small">
              {RELEVANCES.map((relevance) => (
                <Radio key={relevance} name={id('relevance')} value={relevance} checked={draft.relevance === relevance}
                  invalid={Boolean(relevanceError)} aria-required="true" onChange={() => set({ relevance })}>
                  {t(`enums.relevance.${relevance}`)}
                </Radio>
              ))}
            </Row>
          </FieldSet>
          <SelectField id={id('trend')} label={t('assessment.trend')} optional value={draft.trend}
            onChange={(value) => set({ trend: value as RatingDraft['trend'] })} error={errors.trend}>
            <Select.Option value="">{t('assessment.trendNone')}</Select.Option>
            {TRENDS.map((trend) => (
              <Select.Option key={trend} value={trend}>{t(`enums.trend.${trend}`)}</Select.Option>
            ))}
          </SelectField>
        </>
      )}
      <details className="casusregie-details" open={evidenceOpen || undefined}>
        <summary>{t('assessment.evidenceSummary')}</summary>
        <div className="ams-mt-s">
          <TextAreaField id={id('evidenceFor')} label={t('assessment.evidenceFor')} optional rows={3}
            value={draft.evidenceFor} onChange={(value) => set({ evidenceFor: value })} error={errors.evidenceFor} />
          <TextAreaField id={id('evidenceAgainst')} label={t('assessment.evidenceAgainst')} optional rows={3}
            value={draft.evidenceAgainst} onChange={(value) => set({ evidenceAgainst: value })} error={errors.evidenceAgainst} />
          <TextField id={id('source')} label={t('assessment.source')} optional hint={t('assessment.sourceHint')}
            value={draft.source} onChange={(value) => set({ source: value })} error={errors.source} />
          <DateField id={id('sourceOn')} label={t('assessment.sourceOn')} optional value={draft.sourceOn}
            onChange={(value) => set({ sourceOn: value })} error={errors.sourceOn} />
          <SelectField id={id('sharing')} label={t('assessment.sharing')} hint={t('assessment.sharingHint')}
            value={draft.sharing} onChange={(value) => set({ sharing: value as RatingDraft['sharing'] })} error={errors.sharing}>
            {SHARING_LEVELS.map((sharing) => (
              <Select.Option key={sharing} value={sharing}>{t(`enums.sharing.${sharing}`)}</Select.Option>
            ))}
          </SelectField>
        </div>
      </details>
    </>
  )
}
