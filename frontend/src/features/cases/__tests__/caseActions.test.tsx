import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test, vi } from 'vitest'
import type { CaseDetail } from '../../../lib/api/types'
import { makeCaseDetail, makeMe } from '../../../test/fixtures'
import { API, problem, signedInAs } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'

function casePage(detail: () => CaseDetail) {
  return [
    ...signedInAs(makeMe('coordinator')),
    http.get(`${API}/cases/case-1`, () => HttpResponse.json(detail())),
    http.get(`${API}/cases/case-1/journal-entries`, () => HttpResponse.json({ items: [], nextCursor: null })),
    http.get(`${API}/cases/case-1/regisseur-candidates`, () =>
      HttpResponse.json({ items: [{ id: 'user-regisseur', displayName: 'Rik Regisseur', organisationName: 'Gemeente Amsterdam' }] }),
    ),
    http.get(`${API}/organisations`, () => HttpResponse.json({ items: [], nextCursor: null })),
  ]
}

async function openDialog(user: ReturnType<typeof renderApp>['user'], button: string) {
  await user.click(await screen.findByRole('button', { name: button }))
  return within(await screen.findByRole('dialog'))
}

describe('case page', () => {
  test('shows the header, the person, and a timeline of status, level and participants, newest first', async () => {
    server.use(...casePage(() => makeCaseDetail()))
    renderApp('/cases/case-1')
    expect(await screen.findByRole('heading', { level: 1, name: 'Casus RAD-2026-0042' })).toBeInTheDocument()
    expect(screen.getByTestId('case-status')).toHaveTextContent('Weging')
    expect(screen.getByTestId('case-level')).toHaveTextContent('1 – Casusoverleg')
    expect(screen.getByText('nog niet beoordeeld')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Sami el Amrani' })).toHaveAttribute('href', '/persons/person-1')

    const items = within(screen.getByRole('list', { name: 'Tijdlijn' })).getAllByRole('listitem')
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual([
      'Escalatieniveau verhoogd: 0 – Reguliere zorg → 1 – Casusoverleg',
      'Fase gewijzigd: Verkenning → Weging',
      'Deelname gestart: Politie Eenheid Amsterdam (Kernpartner)',
      'Fase gewijzigd: Aangemeld → Verkenning',
      'Casus gestart in fase Aangemeld',
    ])
    expect(items[0]).toHaveTextContent('Besluit: WO-2026-07')
  })

  test('a partner without manage rights sees no actions', async () => {
    server.use(
      ...casePage(() => makeCaseDetail({ allowedActions: { manage: false, writeJournal: true, escalate: false } })),
      ...signedInAs(makeMe('partner')),
    )
    renderApp('/cases/case-1')
    await screen.findByRole('heading', { level: 1, name: 'Casus RAD-2026-0042' })
    expect(screen.queryByRole('button', { name: 'Fase wijzigen' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Escalatieniveau wijzigen' })).not.toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Deelnemer toevoegen' })).not.toBeInTheDocument()
  })

  test('the transition dialog offers only the next possible transitions and needs a reason', async () => {
    let posted: unknown
    let current = makeCaseDetail()
    server.use(
      ...casePage(() => current),
      http.post(`${API}/cases/case-1/transitions`, async ({ request }) => {
        posted = await request.json()
        current = makeCaseDetail({ status: 'intake', version: 5, nextPossibleTransitions: [] })
        return HttpResponse.json(current)
      }),
    )
    const { user } = renderApp('/cases/case-1')
    const dialog = await openDialog(user, 'Fase wijzigen')
    expect(dialog.getAllByRole('radio')).toHaveLength(3)
    for (const name of [
      'Meer informatie nodig (naar Verkenning)',
      'Opnemen in de aanpak (naar Beeldvorming)',
      'Geen actie nodig (naar Afgesloten)',
    ]) {
      expect(dialog.getByRole('radio', { name })).not.toBeChecked()
    }

    await user.click(dialog.getByRole('radio', { name: /Opnemen in de aanpak/ }))
    await user.click(dialog.getByRole('button', { name: 'Fase wijzigen' }))
    expect(dialog.getByLabelText(/^Reden/)).toHaveAccessibleDescription(/Vul de reden in\./)
    expect(posted).toBeUndefined()

    await user.type(dialog.getByLabelText(/^Reden/), 'Weegploeg: opnemen')
    await user.type(dialog.getByLabelText(/Kenmerk van het besluit/), 'WO-2026-08')
    await user.click(dialog.getByRole('button', { name: 'Fase wijzigen' }))
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(posted).toEqual({ transition: 'include', reason: 'Weegploeg: opnemen', decisionReference: 'WO-2026-08' })
    expect(screen.getByTestId('case-status')).toHaveTextContent('Beeldvorming')
  })

  test('a closure with several possible reasons needs one of them', async () => {
    let posted: unknown
    server.use(
      ...casePage(() =>
        makeCaseDetail({
          status: 'aftercare',
          nextPossibleTransitions: [
            { name: 'close', toStatus: 'closed', closureReasons: ['goals_achieved', 'moved_away'] },
            { name: 'concern_returns', toStatus: 'active', closureReasons: [] },
          ],
        }),
      ),
      http.post(`${API}/cases/case-1/transitions`, async ({ request }) => {
        posted = await request.json()
        return HttpResponse.json(makeCaseDetail({ status: 'closed' }))
      }),
    )
    const { user } = renderApp('/cases/case-1')
    const dialog = await openDialog(user, 'Fase wijzigen')
    await user.click(dialog.getByRole('radio', { name: /Afsluiten/ }))
    await user.type(dialog.getByLabelText(/^Reden/), 'Doelen behaald')
    await user.click(dialog.getByRole('button', { name: 'Fase wijzigen' }))
    expect(dialog.getByLabelText('Afsluitreden')).toHaveAccessibleDescription(/Kies een afsluitreden\./)
    await user.selectOptions(dialog.getByLabelText('Afsluitreden'), 'goals_achieved')
    await user.click(dialog.getByRole('button', { name: 'Fase wijzigen' }))
    await vi.waitFor(() => expect(posted).toEqual({ transition: 'close', reason: 'Doelen behaald', closureReason: 'goals_achieved' }))
  })

  test('a 409 explains which transitions are possible now', async () => {
    server.use(
      ...casePage(() => makeCaseDetail()),
      http.post(`${API}/cases/case-1/transitions`, () =>
        problem(409, 'Conflict', {
          detail: "'include' is not possible from status 'intake'.",
          allowedTransitions: ['convene_case_conference'],
        } as never),
      ),
    )
    const { user } = renderApp('/cases/case-1')
    const dialog = await openDialog(user, 'Fase wijzigen')
    await user.click(dialog.getByRole('radio', { name: /Opnemen in de aanpak/ }))
    await user.type(dialog.getByLabelText(/^Reden/), 'Weegploeg: opnemen')
    await user.click(dialog.getByRole('button', { name: 'Fase wijzigen' }))
    const alert = await dialog.findByRole('alert')
    expect(alert).toHaveTextContent('Deze stap is nu niet mogelijk')
    expect(alert).toHaveTextContent('Nu mogelijk: Casusoverleg beleggen.')
  })

  test('reopening navigates to the new case', async () => {
    server.use(
      ...casePage(() =>
        makeCaseDetail({ status: 'closed', nextPossibleTransitions: [{ name: 'reopen', toStatus: null, closureReasons: [] }] }),
      ),
      http.post(`${API}/cases/case-1/transitions`, () =>
        HttpResponse.json(makeCaseDetail({ id: 'case-2', reference: 'RAD-2026-0050', status: 'referred', previousCaseId: 'case-1' }), {
          status: 201,
        }),
      ),
      http.get(`${API}/cases/case-2`, () =>
        HttpResponse.json(makeCaseDetail({ id: 'case-2', reference: 'RAD-2026-0050', status: 'referred', previousCaseId: 'case-1' })),
      ),
      http.get(`${API}/cases/case-2/journal-entries`, () => HttpResponse.json({ items: [], nextCursor: null })),
      http.get(`${API}/cases/case-2/regisseur-candidates`, () => HttpResponse.json({ items: [] })),
    )
    const { user, router } = renderApp('/cases/case-1')
    const dialog = await openDialog(user, 'Fase wijzigen')
    expect(dialog.getByRole('radio', { name: 'Heropenen (nieuwe casus)' })).toBeChecked()
    await user.type(dialog.getByLabelText(/^Reden/), 'Nieuwe zorgen')
    await user.click(dialog.getByRole('button', { name: 'Fase wijzigen' }))
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/cases/case-2'))
    expect(await screen.findByRole('heading', { level: 1, name: 'Casus RAD-2026-0050' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Open de vorige casus van deze betrokkene' })).toHaveAttribute('href', '/cases/case-1')
  })

  test('lowering the escalation level requires a de-escalation criterion', async () => {
    let posted: unknown
    server.use(
      ...casePage(() => makeCaseDetail({ escalationLevel: 2 })),
      http.post(`${API}/cases/case-1/escalations`, async ({ request }) => {
        posted = await request.json()
        return HttpResponse.json(makeCaseDetail({ escalationLevel: 1 }))
      }),
    )
    const { user } = renderApp('/cases/case-1')
    const dialog = await openDialog(user, 'Escalatieniveau wijzigen')
    expect(dialog.queryByRole('group', { name: /Criteria voor de-escalatie/ })).not.toBeInTheDocument()
    await user.selectOptions(dialog.getByLabelText('Nieuw niveau'), '1')
    await user.type(dialog.getByLabelText(/^Reden/), 'Goede voortgang')
    await user.click(dialog.getByRole('button', { name: 'Niveau wijzigen' }))
    expect(dialog.getByRole('group', { name: /Criteria voor de-escalatie/ })).toHaveAccessibleDescription(
      /Kies minimaal één criterium om het niveau te verlagen\./,
    )
    expect(posted).toBeUndefined()

    await user.click(dialog.getByRole('checkbox', { name: 'Doelen van het plan bereikt' }))
    await user.click(dialog.getByRole('button', { name: 'Niveau wijzigen' }))
    await vi.waitFor(() => expect(posted).toEqual({ level: 1, reason: 'Goede voortgang', criteria: ['goals_met'] }))
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })

  test('raising the level needs no criteria', async () => {
    let posted: unknown
    server.use(
      ...casePage(() => makeCaseDetail()),
      http.post(`${API}/cases/case-1/escalations`, async ({ request }) => {
        posted = await request.json()
        return HttpResponse.json(makeCaseDetail({ escalationLevel: 3 }))
      }),
    )
    const { user } = renderApp('/cases/case-1')
    const dialog = await openDialog(user, 'Escalatieniveau wijzigen')
    await user.selectOptions(dialog.getByLabelText('Nieuw niveau'), '3')
    await user.type(dialog.getByLabelText(/^Reden/), 'Driehoek')
    await user.click(dialog.getByRole('button', { name: 'Niveau wijzigen' }))
    await vi.waitFor(() => expect(posted).toEqual({ level: 3, reason: 'Driehoek' }))
  })

  test('assigning the regisseur sends If-Match; a 412 explains and reloads', async () => {
    const ifMatch: (string | null)[] = []
    let current = makeCaseDetail({ regisseur: null })
    server.use(
      ...casePage(() => current),
      http.patch(`${API}/cases/case-1`, ({ request }) => {
        ifMatch.push(request.headers.get('If-Match'))
        current = makeCaseDetail({ version: 5, regisseur: { id: 'user-regisseur', displayName: 'Rik Regisseur' } })
        return problem(412, 'Precondition failed')
      }),
    )
    const { user } = renderApp('/cases/case-1')
    await screen.findByRole('option', { name: 'Rik Regisseur (Gemeente Amsterdam)' })
    await user.selectOptions(screen.getByLabelText('Regisseur'), 'user-regisseur')
    await user.click(screen.getByRole('button', { name: 'Toewijzen' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Iemand anders heeft deze gegevens gewijzigd')
    expect(ifMatch).toEqual(['"4"'])
    await vi.waitFor(() => expect(screen.getByTestId('case-regisseur')).toHaveTextContent('Rik Regisseur'))
  })

  test('a case the user may not see is "not found"', async () => {
    server.use(...signedInAs(makeMe('partner')), http.get(`${API}/cases/case-9`, () => problem(404, 'Not found')))
    renderApp('/cases/case-9')
    expect(await screen.findByRole('heading', { level: 1, name: 'Casus niet gevonden' })).toBeInTheDocument()
  })
})
