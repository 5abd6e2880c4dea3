import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { API } from '../../../test/handlers'
import { makeCaseDetail } from '../../../test/fixtures'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'
import type { CaseDecision, Meeting } from '../api/meetingTypes'
import { makeItem, makeMeeting, meetingHandlers } from './fixtures'

describe('the meeting page', () => {
  test('shows the header, the agenda with its decisions, a note on hidden items, and starts the meeting', async () => {
    let meeting: Meeting = makeMeeting({
      hiddenItemCount: 2,
      items: [makeItem({ note: 'Nieuwe melding school', actionItems: [{ id: 'a-1', itemId: 'item-1', caseId: 'case-1',
        caseReference: 'CR-2026-0001', text: 'Informatie opvragen bij school', ownerName: 'Priya Politie',
        organisationId: 'org-police', organisationName: 'Politie Eenheid Amsterdam', dueOn: '2026-12-16', doneAt: null,
        doneNote: null, meetingId: 'meeting-1', meetingReference: 'OVL-2026-0003' }] })],
    })
    const transitions: unknown[] = []
    server.use(
      ...meetingHandlers(() => meeting),
      http.post(`${API}/meetings/meeting-1/transitions`, async ({ request }) => {
        transitions.push(await request.json())
        meeting = { ...meeting, status: 'in_progress', allowed: { ...meeting.allowed, decide: true, writeMinutes: true, transitions: ['close'] } }
        return HttpResponse.json(meeting)
      }),
    )
    const { user } = renderApp('/meetings/meeting-1')
    expect(await screen.findByRole('heading', { level: 1, name: 'Overleg OVL-2026-0003' })).toBeInTheDocument()
    expect(screen.getByText('Weegoverleg')).toBeInTheDocument()
    expect(screen.getByText('Stadhuis, kamer 3')).toBeInTheDocument()
    expect(screen.getByText('Gepland')).toBeInTheDocument()
    expect(screen.getByText(/Politie Eenheid Amsterdam, Openbaar Ministerie/)).toBeInTheDocument()
    expect(screen.getByText('Er staan nog 2 agendapunten op over casussen die u niet mag inzien.')).toBeInTheDocument()
    const item = within(screen.getByRole('article', { name: /CR-2026-0001 – Daan de Groot/ }))
    expect(item.getByRole('link', { name: 'CR-2026-0001 – Daan de Groot' })).toHaveAttribute('href', '/cases/case-1')
    expect(item.getByText('Reden: Wacht op weging')).toBeInTheDocument()
    expect(item.getByText('Informatie opvragen bij school')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Agenda samenstellen' })).toHaveAttribute('href', '/meetings/meeting-1/agenda')

    await user.click(screen.getByRole('button', { name: 'Overleg starten' }))
    expect(await screen.findByText('Bezig')).toBeInTheDocument()
    expect(transitions).toEqual([{ transition: 'start' }])
    expect(screen.getByRole('link', { name: 'Overleg voeren' })).toHaveAttribute('href', '/meetings/meeting-1/run')
    expect(screen.getByRole('button', { name: 'Overleg sluiten' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Overleg starten' })).not.toBeInTheDocument()
  })

  test('the case page lists the meeting decisions on the case with the meeting reference', async () => {
    const decision: CaseDecision = {
      id: 'd-1', itemId: 'item-1', caseId: 'case-1', type: 'escalate', rationale: 'Nieuwe dreigende uitingen.',
      reference: 'OVL-2026-0004/1', byName: 'Cor Coördinator', at: '2026-12-03T13:30:00Z', details: { level: 2 },
      meetingId: 'meeting-2', meetingReference: 'OVL-2026-0004', meetingType: 'case_conference', meetingStartsAt: '2026-12-03T13:00:00Z',
    }
    server.use(
      ...meetingHandlers(() => makeMeeting()),
      http.get(`${API}/cases/case-1`, () => HttpResponse.json(makeCaseDetail({ id: 'case-1' }))),
      http.get(`${API}/cases/case-1/journal-entries`, () => HttpResponse.json({ items: [], nextCursor: null })),
      http.get(`${API}/cases/case-1/decisions`, () => HttpResponse.json({ items: [decision] })),
      http.get(`${API}/cases/case-1/regisseur-candidates`, () => HttpResponse.json({ items: [] })),
      http.get(`${API}/organisations`, () => HttpResponse.json({ items: [], nextCursor: null })),
    )
    renderApp('/cases/case-1')
    const table = within(await screen.findByRole('table', { name: 'Besluiten van overleggen over deze casus' }))
    const section = within(screen.getByRole('region', { name: 'Besluiten' }))
    expect(table.getByText('Opschalen')).toBeInTheDocument()
    expect(section.getByText('Nieuwe dreigende uitingen.')).toBeInTheDocument()
    expect(section.getByText('OVL-2026-0004/1')).toBeInTheDocument()
    expect(section.getByRole('link', { name: 'Casusoverleg OVL-2026-0004' })).toHaveAttribute('href', '/meetings/meeting-2')
  })
})
