import { Alert, Button, Column, Heading, Paragraph } from '@amsterdam/design-system-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LoadMore } from '../../../components/LoadMore'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import type { JournalEntry } from '../../../lib/api/types'
import { useFormat } from '../../../lib/i18n/format'
import { useJournalEntries } from '../api/listJournalEntries'
import { JournalEntryForm } from './JournalEntryForm'
import { VisibilityBadge } from './VisibilityBadge'

/** The case journal (logboek): entries newest first, and a form when the actor may write. */
export function Journal({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const { t } = useTranslation()
  const query = useJournalEntries(caseId)
  const [correcting, setCorrecting] = useState<JournalEntry | null>(null)
  const [saved, setSaved] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  const entries = query.data?.pages.flatMap((page) => page.items) ?? []
  const byId = new Map(entries.map((entry) => [entry.id, entry]))

  useEffect(() => {
    if (correcting) formRef.current?.focus()
  }, [correcting])

  return (
    <section aria-labelledby="journal-heading">
      <Heading level={2} id="journal-heading" className="ams-mb-s">
        {t('journal.heading')}
      </Heading>
      <Column gap="large">
        {canWrite && (
          <div>
            <div aria-live="polite">
              {saved && (
                <Alert heading={t('common.savedHeading')} headingLevel={3} severity="success" className="ams-mb-m">
                  <Paragraph>{t('journal.saved')}</Paragraph>
                </Alert>
              )}
            </div>
            <JournalEntryForm key={correcting?.id ?? 'new'} ref={formRef} caseId={caseId} correcting={correcting}
              onDone={() => {
                setSaved(true)
                setCorrecting(null)
              }} />
          </div>
        )}
        <div>
          {query.isPending && <Loading />}
          {query.isError && <ProblemAlert error={query.error} headingLevel={3} />}
          {query.data && entries.length === 0 && <Paragraph>{t('journal.empty')}</Paragraph>}
          {entries.length > 0 && (
            <ol className="casusregie-journal" aria-label={t('journal.listLabel')}>
              {entries.map((entry) => (
                <JournalItem key={entry.id} entry={entry} corrects={entry.correctsEntryId ? byId.get(entry.correctsEntryId) : undefined}
                  onCorrect={canWrite && !entry.restricted ? () => {
                    setSaved(false)
                    setCorrecting(entry)
                  } : undefined} />
              ))}
            </ol>
          )}
          <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage}
            onLoadMore={() => void query.fetchNextPage()} />
        </div>
      </Column>
    </section>
  )
}

function JournalItem({ entry, corrects, onCorrect }: {
  entry: JournalEntry
  corrects?: JournalEntry
  onCorrect?: () => void
}) {
  const { t } = useTranslation()
  const format = useFormat()
  const headingId = `journal-entry-${entry.id}`
  return (
    <li className="casusregie-journal__entry">
      <article aria-labelledby={headingId}>
        <Heading level={3} size="level-5" id={headingId}>
          {t('journal.entryHeading', {
            date: format.date(entry.occurredOn),
            category: t(`enums.journalCategory.${entry.category}`),
          })}
        </Heading>
        <Paragraph size="small">
          {t('journal.byline', {
            author: entry.authorName,
            organisation: entry.organisationName,
            writtenAt: format.dateTime(entry.writtenAt),
          })}{' '}
          <VisibilityBadge visibility={entry.visibility} />
        </Paragraph>
        {entry.correctsEntryId && (
          <Paragraph size="small">
            {corrects
              ? t('journal.correctsEntry', { date: format.date(corrects.occurredOn), author: corrects.authorName })
              : t('journal.correctsEarlierEntry')}
          </Paragraph>
        )}
        {entry.restricted ? (
          <>
            <Paragraph className="casusregie-prewrap">{entry.summary ?? ''}</Paragraph>
            <Paragraph size="small" className="casusregie-note">
              {t('journal.restrictedNote', { visibility: t(`enums.journalVisibility.${entry.visibility}`) })}
            </Paragraph>
          </>
        ) : (
          <>
            <Paragraph className="casusregie-prewrap">{entry.body ?? ''}</Paragraph>
            {entry.summary && (
              <Paragraph size="small">{t('journal.summaryShown', { summary: entry.summary })}</Paragraph>
            )}
          </>
        )}
        {onCorrect && (
          <Button variant="tertiary" onClick={onCorrect} aria-describedby={headingId}>
            {t('journal.correct')}
          </Button>
        )}
      </article>
    </li>
  )
}
