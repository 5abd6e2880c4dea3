import { Button, Column, ErrorMessage, FieldSet, Heading, Paragraph, Radio, Row, Select } from '@amsterdam/design-system-react'
import { forwardRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { DateField, SelectField, TextAreaField } from '../../../components/fields'
import { hasErrors, serverFieldErrors, type FieldErrors } from '../../../components/formErrors'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { isOneOf, JOURNAL_CATEGORIES, JOURNAL_VISIBILITIES } from '../../../lib/api/enums'
import type { JournalEntry } from '../../../lib/api/types'
import { todayIso, useFormat } from '../../../lib/i18n/format'
import { useCreateJournalEntry } from '../api/createJournalEntry'

type Props = {
  readonly caseId: string
  /** When set, the new entry corrects this one. */
  readonly correcting?: JournalEntry | null
  readonly onDone: () => void
}

/** A new journal entry, or a correction of an earlier one (the earlier one stays as it was). */
export const JournalEntryForm = forwardRef<HTMLFormElement, Props>(function JournalEntryForm(
  { caseId, correcting, onDone },
  ref,
) {
  const { t } = useTranslation()
  const format = useFormat()
  const create = useCreateJournalEntry()
  const [occurredOn, setOccurredOn] = useState(correcting?.occurredOn ?? todayIso())
  const [category, setCategory] = useState<string>(correcting?.category ?? '')
  const [visibility, setVisibility] = useState<string>(correcting?.visibility ?? 'case_team')
  const [body, setBody] = useState(correcting?.body ?? '')
  const [summary, setSummary] = useState(correcting?.summary ?? '')
  const [local, setLocal] = useState<FieldErrors>({})
  const errors = { ...serverFieldErrors(create.error), ...local }
  const headingId = 'journal-form-heading'

  function submit(event: FormEvent) {
    event.preventDefault()
    const found: FieldErrors = {
      occurredOn: !occurredOn ? t('journal.occurredOnRequired') : occurredOn > todayIso() ? t('journal.occurredOnInFuture') : undefined,
      category: category ? undefined : t('journal.categoryRequired'),
      visibility: visibility ? undefined : t('journal.visibilityRequired'),
      body: body.trim() ? undefined : t('journal.bodyRequired'),
    }
    setLocal(found)
    if (hasErrors(found) || !isOneOf(JOURNAL_CATEGORIES, category) || !isOneOf(JOURNAL_VISIBILITIES, visibility)) return
    create.mutate(
      {
        caseId,
        body: {
          occurredOn,
          category,
          visibility,
          body: body.trim(),
          ...(summary.trim() ? { summary: summary.trim() } : {}),
          ...(correcting ? { correctsEntryId: correcting.id } : {}),
        },
      },
      {
        onSuccess: () => {
          setBody('')
          setSummary('')
          setCategory('')
          setOccurredOn(todayIso())
          onDone()
        },
      },
    )
  }

  return (
    <form ref={ref} onSubmit={submit} noValidate aria-labelledby={headingId} tabIndex={-1}>
      <Heading level={3} id={headingId} className="ams-mb-s">
        {correcting ? t('journal.correctHeading') : t('journal.newHeading')}
      </Heading>
      <Column>
        {correcting && (
          <Paragraph>
            {t('journal.correctIntro', { date: format.date(correcting.occurredOn), author: correcting.authorName })}
          </Paragraph>
        )}
        <ProblemAlert error={create.error} headingLevel={4} />
        <div>
          <DateField id="journal-occurred-on" label={t('journal.occurredOn')} required max={todayIso()}
            value={occurredOn} onChange={setOccurredOn} error={errors.occurredOn} />
          <SelectField id="journal-category" label={t('journal.category')} required value={category}
            onChange={setCategory} error={errors.category}>
            <Select.Option value="">{t('form.choose')}</Select.Option>
            {JOURNAL_CATEGORIES.map((c) => (
              <Select.Option key={c} value={c}>{t(`enums.journalCategory.${c}`)}</Select.Option>
            ))}
          </SelectField>
          <FieldSet legend={t('journal.visibility')} invalid={Boolean(errors.visibility)}
            aria-describedby={errors.visibility ? 'journal-visibility-error' : undefined} className="ams-mb-m">
            {errors.visibility && (
              <ErrorMessage id="journal-visibility-error" prefix={t('form.errorPrefix')}>
                {errors.visibility}
              </ErrorMessage>
            )}
            <Column gap="x-small">
              {JOURNAL_VISIBILITIES.map((v) => (
                <Radio key={v} name="journal-visibility" value={v} checked={visibility === v}
                  onChange={() => setVisibility(v)}>
                  {t(`journal.visibilityOption.${v}`)}
                </Radio>
              ))}
            </Column>
          </FieldSet>
          <TextAreaField id="journal-body" label={t('journal.body')} required rows={6} value={body} onChange={setBody}
            error={errors.body} />
          <TextAreaField id="journal-summary" label={t('journal.summary')} optional hint={t('journal.summaryHint')}
            rows={3} value={summary} onChange={setSummary} error={errors.summary} />
        </div>
        <Row wrap>
          <Button type="submit" disabled={create.isPending}>
            {correcting ? t('journal.saveCorrection') : t('journal.save')}
          </Button>
          {correcting && (
            <Button type="button" variant="secondary" onClick={onDone}>
              {t('common.cancel')}
            </Button>
          )}
        </Row>
      </Column>
    </form>
  )
})
