import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { API, signedInAs } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'
import type { MeetingSummary } from '../api/meetingTypes'
import { makeMeetingActor } from './fixtures'

const MEETINGS: MeetingSummary[] = [
  { id: 'meeting-1', reference: 'OVL-2026-0003', type: 'weighing', startsAt: '2026-12-02T08:30:00Z', place: 'Stadhuis',
    chairName: 'Cor Coördinator', status: 'planned', organisations: [], itemCount: 3 },
  { id: 'meeting-2', reference: 'OVL-2026-0004', type: 'case_conference', startsAt: '2026-12-03T13:00:00Z',
    place: 'Veiligheidshuis', chairName: 'Rachida Regisseur', status: 'minutes_approved', organisations: [], itemCount: 5 },
]

describe('the meeting calendar', () => {
  test('lists the week’s meetings with type and status, asks for the week, and offers a new meeting', async () => {
    const asked: URLSearchParams[] = []
    server.use(
      ...signedInAs(makeMeetingActor('coordinator')),
      http.get(`${API}/meetings`, ({ request }) => {
        asked.push(new URL(request.url).searchParams)
        return HttpResponse.json({ items: MEETINGS })
      }),
    )
    const { user } = renderApp('/meetings?date=2026-12-02')
    expect(await screen.findByRole('heading', { level: 1, name: 'Overleggen' })).toBeInTheDocument()
    const table = await screen.findByRole('table')
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(3)
    expect(within(rows[1]).getByRole('link', { name: 'OVL-2026-0003' })).toHaveAttribute('href', '/meetings/meeting-1')
    expect(within(rows[1]).getByText('Weegoverleg')).toBeInTheDocument()
    expect(within(rows[1]).getByText('Gepland')).toBeInTheDocument()
    expect(within(rows[2]).getByText('Casusoverleg')).toBeInTheDocument()
    expect(within(rows[2]).getByText('Verslag vastgesteld')).toBeInTheDocument()
    expect(asked[0].get('from')).toBe('2026-11-30')
    expect(asked[0].get('to')).toBe('2026-12-06')
    expect(screen.getByRole('link', { name: 'Nieuw overleg' })).toHaveAttribute('href', '/meetings/new')
    expect(screen.getByRole('link', { name: 'Overleggen' })).toBeInTheDocument()

    await user.selectOptions(screen.getByLabelText('Soort overleg'), 'Casusoverleg')
    await screen.findByRole('table')
    expect(asked.at(-1)?.get('type')).toBe('case_conference')
  })

  test('a partner sees the calendar without the new-meeting link', async () => {
    server.use(
      ...signedInAs(makeMeetingActor('partner')),
      http.get(`${API}/meetings`, () => HttpResponse.json({ items: [] })),
    )
    renderApp('/meetings')
    expect(await screen.findByText('Geen overleggen in deze periode.')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Nieuw overleg' })).not.toBeInTheDocument()
  })
})
