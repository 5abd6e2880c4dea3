import { Button, Heading, Paragraph } from '@amsterdam/design-system-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TextField } from '../../../../components/fields'
import { Loading } from '../../../../components/Loading'
import { ProblemAlert } from '../../../../components/ProblemAlert'
import { useDebouncedValue } from '../../../../components/useDebouncedValue'
import { useCaseSearch } from '../../api/searchCases'

type Props = {
  readonly isOnAgenda: (caseId: string) => boolean
  readonly onAdd: (found: { caseId: string; caseReference: string; personName: string }) => void
}

/** Puts a case on the agenda by hand (reason "other"): search by reference or name. */
export function CasePicker({ isOnAgenda, onAdd }: Props) {
  const { t } = useTranslation()
  const [q, setQ] = useState('')
  const settled = useDebouncedValue(q.trim(), 300)
  const query = useCaseSearch(settled)
  return (
    <section aria-labelledby="case-picker-heading">
      <Heading level={2} id="case-picker-heading" className="ams-mb-s">{t('meetings.agenda.addCase')}</Heading>
      <TextField id="case-search" label={t('meetings.agenda.searchCase')} hint={t('meetings.agenda.searchHint')}
        value={q} onChange={setQ} />
      {query.isFetching && <Loading />}
      {query.isError && <ProblemAlert error={query.error} headingLevel={3} />}
      {query.data && query.data.length === 0 && <Paragraph>{t('common.noResults')}</Paragraph>}
      {query.data && query.data.length > 0 && (
        <ul className="casusregie-plain-list" aria-label={t('meetings.agenda.searchResults')}>
          {query.data.map((found) => {
            const name = `${found.reference} – ${found.personName}`
            return (
              <li key={found.id} className="ams-mb-xs">
                <Paragraph>
                  {name}{' '}
                  {isOnAgenda(found.id) ? (
                    `(${t('meetings.agenda.onAgenda')})`
                  ) : (
                    <Button variant="tertiary" aria-label={t('meetings.agenda.addFor', { name })}
                      onClick={() => onAdd({ caseId: found.id, caseReference: found.reference, personName: found.personName })}>
                      {t('meetings.agenda.add')}
                    </Button>
                  )}
                </Paragraph>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
