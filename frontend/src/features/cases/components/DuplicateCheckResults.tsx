import { Badge, Checkbox, Column, ErrorMessage, FieldSet, Heading, Paragraph, Radio } from '@amsterdam/design-system-react'
import { forwardRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { PersonMatch } from '../../../lib/api/types'
import { useFormat } from '../../../lib/i18n/format'

export const NEW_PERSON = 'new'
export const UNDECIDED = ''

type Props = {
  readonly matches: PersonMatch[]
  /** UNDECIDED, NEW_PERSON or the personId of a match. */
  readonly choice: string
  readonly error?: string
  readonly onChoose: (choice: string) => void
  readonly linked: string[]
  readonly onLink: (caseIds: string[]) => void
}

/** The answer of the duplicate check: pick a known person (or none) and tick earlier cases to link. */
export const DuplicateCheckResults = forwardRef<HTMLElement, Props>(function DuplicateCheckResults(
  { matches, choice, onChoose, linked, onLink, error },
  ref,
) {
  const { t } = useTranslation()
  const format = useFormat()
  const earlierCases = matches.flatMap((match) => match.cases.map((item) => ({ ...item, personName: match.fullName })))

  return (
    <section ref={ref} tabIndex={-1} aria-labelledby="duplicate-check-heading" className="ams-mb-l">
      <Heading level={3} id="duplicate-check-heading" className="ams-mb-s">
        {t('referral.matchesHeading')}
      </Heading>
      {matches.length === 0 ? (
        <Paragraph>{t('referral.noMatches')}</Paragraph>
      ) : (
        <Column>
          <Paragraph>{t('referral.matchesIntro', { count: matches.length })}</Paragraph>
          <FieldSet legend={t('referral.whichPerson')} invalid={Boolean(error)}
            aria-describedby={error ? 'referral-person-choice-error' : undefined}>
            {error && (
              <ErrorMessage id="referral-person-choice-error" prefix={t('form.errorPrefix')}>
                {error}
              </ErrorMessage>
            )}
            <Column gap="x-small">
              {matches.map((match) => (
                <Radio key={match.personId} name="referral-person-choice" value={match.personId} invalid={Boolean(error)}
                  checked={choice === match.personId} onChange={() => onChoose(match.personId)}>
                  {match.dateOfBirth
                    ? t('referral.matchLabel', {
                        name: match.fullName,
                        dateOfBirth: format.date(match.dateOfBirth),
                        district: t(`enums.district.${match.district}`),
                      })
                    : t('referral.matchLabelNoDate', { name: match.fullName, district: t(`enums.district.${match.district}`) })}
                  {match.bsnMatch && (
                    <>
                      {' '}
                      <Badge color="magenta" label={t('referral.bsnMatch')} />
                    </>
                  )}
                </Radio>
              ))}
              <Radio name="referral-person-choice" value={NEW_PERSON} invalid={Boolean(error)} checked={choice === NEW_PERSON}
                onChange={() => onChoose(NEW_PERSON)}>
                {t('referral.newPerson')}
              </Radio>
            </Column>
          </FieldSet>
          {earlierCases.length > 0 && (
            <FieldSet legend={t('referral.linkCases')} hint={t('referral.linkCasesHint')}>
              <Column gap="x-small">
                {earlierCases.map((item) => (
                  <Checkbox key={item.id} name={`referral-link-${item.id}`} checked={linked.includes(item.id)}
                    onChange={(event) =>
                      onLink(event.target.checked ? [...linked, item.id] : linked.filter((id) => id !== item.id))
                    }>
                    {t('referral.linkCaseLabel', {
                      reference: item.reference,
                      name: item.personName,
                      status: t(`enums.caseStatus.${item.status}`),
                      openedAt: format.date(item.openedAt),
                    })}
                  </Checkbox>
                ))}
              </Column>
            </FieldSet>
          )}
        </Column>
      )}
    </section>
  )
})
