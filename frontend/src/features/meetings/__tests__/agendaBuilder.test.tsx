import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { API, problem } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'
import type { Meeting, Proposal } from '../api/meetingTypes'
import { makeItem, makeMeeting, meetingHandlers } from './fixtures'

const PROPOSALS: Proposal[] = [
  { caseId: 'case-1', caseReference: 'CR-2026-0001', personName: 'Daan de Groot', reason: 'awaiting_weighing',
    detail: 'Wacht sinds 3 weken op weging', onAgenda: true },
  { caseId: 'case-2', caseReference: 'CR-2026-0002', personName: 'Sara El Idrissi', reason: 'acute_alert',
    detail: 'Acuut signaal van de politie', onAgenda: false },
  { caseId: 'case-3', caseReference: 'CR-2026-0003', personName: 'Mila Jansen', reason: 'awaiting_weighing',
    detail: '', onAgenda: false },
]

function withProposals(meeting: () => Meeting) {
  return [
    ...meetingHandlers(meeting),
    http.get(`${API}/meetings/meeting-1/proposals`, () => HttpResponse.json({ items: PROPOSALS })),
  ]
}

describe('the agenda builder', () => {
  test('proposals grouped by reason go on the agenda, and saving PUTs the whole agenda in order with If-Match', async () => {
    let meeting = makeMeeting({ items: [makeItem({ note: 'Eerder besproken' })] })
    const puts: { body: unknown; ifMatch: string | null }[] = []
    server.use(
      ...withProposals(() => meeting),
      http.put(`${API}/meetings/meeting-1/agenda`, async ({ request }) => {
        puts.push({ body: await request.json(), ifMatch: request.headers.get('If-Match') })
        meeting = { ...meeting, version: 6 }
        return HttpResponse.json(meeting)
      }),
    )
    const { user } = renderApp('/meetings/meeting-1/agenda')
    const proposals = await screen.findByRole('complementary', { name: 'Voorstellen' })
    const acute = within(await within(proposals).findByRole('region', { name: 'Acuut signaal' }))
    expect(acute.getByText('Acuut signaal van de politie')).toBeInTheDocument()
    const waiting = within(within(proposals).getByRole('region', { name: 'Wacht op weging' }))
    expect(waiting.getByText('Staat op de agenda')).toBeInTheDocument()

    await user.click(acute.getByRole('button', { name: 'CR-2026-0002 – Sara El Idrissi op de agenda zetten' }))
    expect(screen.getByRole('group', { name: '2. CR-2026-0002 – Sara El Idrissi' })).toBeInTheDocument()
    await user.click(within(proposals).getByRole('button', { name: 'CR-2026-0003 – Mila Jansen op de agenda zetten' }))
    await user.click(screen.getByRole('button', { name: 'CR-2026-0003 – Mila Jansen omhoog' }))
    const mila = within(screen.getByRole('group', { name: '2. CR-2026-0003 – Mila Jansen' }))
    await user.type(mila.getByLabelText(/Toelichting/), 'Nieuwe melding school')
    await user.click(screen.getByRole('button', { name: 'Agenda opslaan' }))

    expect(await screen.findByText('De agenda is opgeslagen.')).toBeInTheDocument()
    expect(puts).toEqual([
      {
        ifMatch: '"5"',
        body: {
          items: [
            { id: 'item-1', caseId: 'case-1', reason: 'awaiting_weighing', note: 'Eerder besproken' },
            { caseId: 'case-3', reason: 'awaiting_weighing', note: 'Nieuwe melding school' },
            { caseId: 'case-2', reason: 'acute_alert', note: '' },
          ],
        },
      },
    ])
  })

  test('"add all" adds every proposal not yet on the agenda; a 400 stands at the item, a 412 offers the newest version', async () => {
    let status = 400
    const bodies: { items: { caseId: string }[] }[] = []
    server.use(
      ...withProposals(() => makeMeeting()),
      http.put(`${API}/meetings/meeting-1/agenda`, async ({ request }) => {
        bodies.push((await request.json()) as (typeof bodies)[number])
        return status === 400
          ? problem(400, 'Invalid agenda', { invalidParams: [{ name: 'items[1].note', reason: 'Gebruik maximaal 500 tekens.' }] })
          : problem(412, 'Precondition failed')
      }),
    )
    const { user } = renderApp('/meetings/meeting-1/agenda')
    await user.click(await screen.findByRole('button', { name: 'Alle voorstellen toevoegen' }))
    await user.click(screen.getByRole('button', { name: 'Agenda opslaan' }))
    expect(bodies[0].items.map((item) => item.caseId)).toEqual(['case-1', 'case-2', 'case-3'])
    const second = within(screen.getByRole('group', { name: '2. CR-2026-0002 – Sara El Idrissi' }))
    expect(await second.findByLabelText(/Toelichting/)).toHaveAccessibleDescription(/Gebruik maximaal 500 tekens\./)

    status = 412
    await user.click(screen.getByRole('button', { name: 'Agenda opslaan' }))
    expect(await screen.findByRole('heading', { name: 'Intussen gewijzigd door iemand anders' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }))
    expect(await screen.findByText('Er staat nog niets op de agenda.')).toBeInTheDocument()
  })
})

describe('adding a case by hand', () => {
  test('a case found by name goes on the agenda with reason "other"', async () => {
    const puts: { items: unknown[] }[] = []
    server.use(
      ...meetingHandlers(() => makeMeeting()),
      http.get(`${API}/meetings/meeting-1/proposals`, () => HttpResponse.json({ items: [] })),
      http.get(`${API}/cases`, ({ request }) =>
        HttpResponse.json({
          items: new URL(request.url).searchParams.get('q') === 'Idrissi'
            ? [{ id: 'case-2', reference: 'CR-2026-0002', personName: 'Sara El Idrissi', status: 'active', escalationLevel: 1,
                ideology: 'jihadist', district: 'oost', regisseurName: null, openedAt: '2026-01-01T00:00:00Z',
                updatedAt: '2026-01-01T00:00:00Z', openAlertCount: 0, nextReviewOn: null }]
            : [],
          nextCursor: null,
        }),
      ),
      http.put(`${API}/meetings/meeting-1/agenda`, async ({ request }) => {
        puts.push((await request.json()) as { items: unknown[] })
        return HttpResponse.json(makeMeeting({ version: 6 }))
      }),
    )
    const { user } = renderApp('/meetings/meeting-1/agenda')
    expect(await screen.findByText('Het systeem heeft geen voorstellen voor dit overleg.')).toBeInTheDocument()
    await user.type(screen.getByLabelText(/^Zoek een casus/), 'Idrissi')
    const found = await screen.findByRole('list', { name: 'Gevonden casussen' })
    await user.click(within(found).getByRole('button', { name: 'CR-2026-0002 – Sara El Idrissi op de agenda zetten' }))
    expect(within(found).getByText(/Staat op de agenda/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Agenda opslaan' }))
    await screen.findByText('De agenda is opgeslagen.')
    expect(puts).toEqual([{ items: [{ caseId: 'case-2', reason: 'other', note: '' }] }])
  })
})
