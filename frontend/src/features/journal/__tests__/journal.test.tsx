import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test, vi } from 'vitest'
import type { JournalEntry } from '../../../lib/api/types'
import { makeCaseDetail, makeJournalEntry, makeMe } from '../../../test/fixtures'
import { API, signedInAs } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'

function casePage(entries: () => JournalEntry[], onPost: (body: unknown) => void = () => {}) {
  return [
    ...signedInAs(makeMe('partner')),
    http.get(`${API}/cases/case-1`, () =>
      HttpResponse.json(makeCaseDetail({ allowedActions: { manage: false, writeJournal: true, escalate: false } })),
    ),
    http.get(`${API}/cases/case-1/journal-entries`, () => HttpResponse.json({ items: entries(), nextCursor: null })),
    http.post(`${API}/cases/case-1/journal-entries`, async ({ request }) => {
      const body = await request.json()
      onPost(body)
      return HttpResponse.json(makeJournalEntry({ id: 'entry-new' }), { status: 201 })
    }),
  ]
}

const restricted = makeJournalEntry({
  id: 'entry-2',
  occurredOn: '2026-02-07',
  authorName: 'Priya Politie',
  organisationName: 'Politie Eenheid Amsterdam',
  category: 'information_request',
  visibility: 'core_partners',
  body: null,
  summary: 'Politie heeft aanvullende informatie gedeeld.',
  restricted: true,
})

describe('journal', () => {
  test('restricted entries show only their summary, with a note, and cannot be corrected', async () => {
    server.use(...casePage(() => [restricted, makeJournalEntry()]))
    renderApp('/cases/case-1')
    const list = await screen.findByRole('list', { name: 'Logboekregels, nieuwste eerst' })
    const [first, second] = within(list).getAllByRole('article')

    expect(first).toHaveTextContent('Politie heeft aanvullende informatie gedeeld.')
    expect(first).toHaveTextContent(
      'U ziet alleen de samenvatting: de volledige tekst is gedeeld met Kernpartners gemeente-politie-OM.',
    )
    expect(within(first).getByText('Kernpartners gemeente-politie-OM')).toBeInTheDocument()
    expect(within(first).queryByRole('button', { name: 'Corrigeren' })).not.toBeInTheDocument()

    expect(second).toHaveTextContent('Gesprek met moeder gevoerd.')
    expect(within(second).getByText('Casusteam')).toBeInTheDocument()
    expect(within(second).getByRole('button', { name: 'Corrigeren' })).toBeInTheDocument()
  })

  test('a new entry is posted with its visibility and summary', async () => {
    let posted: unknown
    server.use(...casePage(() => [], (body) => (posted = body)))
    const { user } = renderApp('/cases/case-1')
    const form = within(await screen.findByRole('form', { name: 'Nieuwe logboekregel' }))
    await user.clear(form.getByLabelText('Datum'))
    await user.type(form.getByLabelText('Datum'), '2026-02-08')
    await user.selectOptions(form.getByLabelText('Soort'), 'observation')
    await user.click(form.getByRole('radio', { name: 'Alleen mijn eigen organisatie' }))
    await user.click(form.getByRole('button', { name: 'Toevoegen aan logboek' }))
    expect(form.getByLabelText('Tekst')).toHaveAccessibleDescription(/Vul de tekst in\./)
    expect(posted).toBeUndefined()

    await user.type(form.getByLabelText('Tekst'), 'Huisbezoek; vader was aanwezig.')
    await user.type(form.getByLabelText(/^Samenvatting voor anderen/), 'Huisbezoek afgelegd.')
    await user.click(form.getByRole('button', { name: 'Toevoegen aan logboek' }))
    await vi.waitFor(() =>
      expect(posted).toEqual({
        occurredOn: '2026-02-08',
        category: 'observation',
        visibility: 'own_organisation',
        body: 'Huisbezoek; vader was aanwezig.',
        summary: 'Huisbezoek afgelegd.',
      }),
    )
    expect(await screen.findByText('De logboekregel is opgeslagen.')).toBeInTheDocument()
  })

  test('"Corrigeren" writes a new entry that points at the corrected one', async () => {
    let posted: unknown
    server.use(...casePage(() => [makeJournalEntry()], (body) => (posted = body)))
    const { user } = renderApp('/cases/case-1')
    await user.click(await screen.findByRole('button', { name: 'Corrigeren' }))
    const form = within(await screen.findByRole('form', { name: 'Logboekregel corrigeren' }))
    expect(form.getByLabelText('Tekst')).toHaveValue('Gesprek met moeder gevoerd.')
    await user.clear(form.getByLabelText('Tekst'))
    await user.type(form.getByLabelText('Tekst'), 'Gesprek met moeder en oom gevoerd.')
    await user.click(form.getByRole('button', { name: 'Correctie opslaan' }))
    await vi.waitFor(() =>
      expect(posted).toEqual({
        occurredOn: '2026-02-06',
        category: 'contact',
        visibility: 'case_team',
        body: 'Gesprek met moeder en oom gevoerd.',
        correctsEntryId: 'entry-1',
      }),
    )
    expect(await screen.findByRole('form', { name: 'Nieuwe logboekregel' })).toBeInTheDocument()
  })

  test('without journal rights there is no form', async () => {
    server.use(...casePage(() => [makeJournalEntry()]))
    server.use(
      http.get(`${API}/cases/case-1`, () =>
        HttpResponse.json(makeCaseDetail({ allowedActions: { manage: false, writeJournal: false, escalate: false } })),
      ),
    )
    renderApp('/cases/case-1')
    await screen.findByRole('list', { name: 'Logboekregels, nieuwste eerst' })
    expect(screen.queryByRole('form', { name: 'Nieuwe logboekregel' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Corrigeren' })).not.toBeInTheDocument()
  })
})
