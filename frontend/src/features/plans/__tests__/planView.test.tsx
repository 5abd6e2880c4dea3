import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { API, problem } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'
import type { Plan } from '../api/planTypes'
import { makeAction, makePlan, planHandlers } from './fixtures'

const SUBMITTED = makePlan({ status: 'submitted', submittedAt: '2026-04-05T09:00:00Z', allowed: { edit: false, submit: false, approve: false, withdraw: true, startNewVersion: false } })

describe('the plan page', () => {
  test('the author of a submitted plan sees no approve button', async () => {
    server.use(...planHandlers('regisseur', () => SUBMITTED))
    renderApp('/plans/plan-1')
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan van aanpak, versie 1' })).toBeInTheDocument()
    expect(screen.getByText('Ingediend op 5 apr 2026.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Terugtrekken naar concept' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Vaststellen' })).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Concept bewerken' })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Afdrukversie' })).toHaveAttribute('href', '/plans/plan-1/print')
  })

  test('a coordinator approves with a note and the decision reference', async () => {
    let plan: Plan = { ...SUBMITTED, allowed: { ...SUBMITTED.allowed, approve: true, withdraw: false } }
    let approval: unknown
    server.use(
      ...planHandlers('coordinator', () => plan),
      http.post(`${API}/plans/plan-1/approve`, async ({ request }) => {
        approval = await request.json()
        plan = { ...plan, status: 'approved', approvedAt: '2026-04-08T10:00:00Z', approvedBy: { id: 'user-coordinator', name: 'Cor Coördinator' },
          decisionReference: 'CO-2026-14', approvalNote: 'Akkoord', allowed: { ...plan.allowed, approve: false } }
        return HttpResponse.json(plan)
      }),
    )
    const { user } = renderApp('/plans/plan-1')
    await user.click(await screen.findByRole('button', { name: 'Vaststellen' }))
    const dialog = within(screen.getByRole('dialog'))
    await user.type(dialog.getByLabelText(/Toelichting bij vaststelling/), 'Akkoord')
    await user.type(dialog.getByLabelText(/Kenmerk besluit casusoverleg/), 'CO-2026-14')
    await user.click(dialog.getByRole('button', { name: 'Plan vaststellen' }))
    expect(await screen.findByText('Vastgesteld door Cor Coördinator op 8 apr 2026.')).toBeInTheDocument()
    expect(screen.getByText('Besluit: CO-2026-14.')).toBeInTheDocument()
    expect(approval).toEqual({ note: 'Akkoord', decisionReference: 'CO-2026-14' })
    expect(screen.queryByRole('button', { name: 'Vaststellen' })).not.toBeInTheDocument()
  })

  test('a stalled status needs a reason before it is sent; the API’s field errors show too', async () => {
    const reports: unknown[] = []
    const plan = makePlan({
      status: 'approved',
      approvedAt: '2026-04-08T10:00:00Z',
      allowed: { edit: false, submit: false, approve: false, withdraw: false, startNewVersion: true },
      actions: [makeAction({ canReportStatus: true, stalled: 'no_update', updates: [
        { at: '2026-04-12T10:00:00Z', byName: 'Priya Politie', organisationName: 'Politie Eenheid Amsterdam', status: 'running', reason: null },
      ] })],
      interpretationWithheld: true,
      actionsOmitted: 2,
    })
    server.use(
      ...planHandlers('partner', () => plan),
      http.post(`${API}/plans/plan-1/actions/action-1/status`, async ({ request }) => {
        reports.push(await request.json())
        return reports.length === 1
          ? problem(400, 'Invalid', { invalidParams: [{ name: 'reason', reason: 'Te kort.' }] })
          : HttpResponse.json(plan)
      }),
    )
    const { user } = renderApp('/plans/plan-1')
    const article = within(await screen.findByRole('article', { name: 'Gesprek met de leerplichtambtenaar' }))
    expect(article.getByText('Stagneert: te lang geen update')).toBeInTheDocument()
    expect(article.getByRole('list', { name: 'Updates van Gesprek met de leerplichtambtenaar' })).toHaveTextContent('Loopt (Priya Politie')
    expect(screen.getByText('De duiding is alleen zichtbaar voor kernpartners.')).toBeInTheDocument()
    expect(screen.getByText('2 acties van andere organisaties worden niet getoond.')).toBeInTheDocument()

    const form = within(article.getByRole('form', { name: 'Status van Gesprek met de leerplichtambtenaar bijwerken' }))
    await user.selectOptions(form.getByLabelText('Nieuwe status'), 'Stagneert')
    await user.click(form.getByRole('button', { name: 'Status opslaan' }))
    expect(form.getByLabelText(/Reden/)).toHaveAccessibleDescription(/Geef een reden op\./)
    expect(reports).toEqual([])

    await user.type(form.getByLabelText(/Reden/), 'Kort')
    await user.click(form.getByRole('button', { name: 'Status opslaan' }))
    expect(await form.findByText('Te kort.')).toBeInTheDocument()
    await user.clear(form.getByLabelText(/Reden/))
    await user.type(form.getByLabelText(/Reden/), 'Jongere niet bereikbaar')
    await user.click(form.getByRole('button', { name: 'Status opslaan' }))
    expect(await form.findByText('Status opgeslagen.')).toBeInTheDocument()
    expect(reports).toEqual([{ status: 'stalled', reason: 'Kort' }, { status: 'stalled', reason: 'Jongere niet bereikbaar' }])
  })

  test('the version compare lists the changes by section, with readable labels', async () => {
    const first = makePlan({ status: 'superseded', number: 1 })
    const second = makePlan({ id: 'plan-2', number: 2, status: 'approved', approvedAt: '2026-05-01T09:00:00Z' })
    const asked: string[] = []
    server.use(
      ...planHandlers('regisseur', () => second, [first]),
      http.get(`${API}/plans/plan-2/diff`, ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('against') ?? '')
        return HttpResponse.json({
          from: { id: 'plan-1', number: 1 },
          to: { id: 'plan-2', number: 2 },
          changes: [
            { section: 'goals', kind: 'changed', itemId: 'goal-1', field: 'targetOn', before: '2026-09-01', after: '2026-12-01' },
            { section: 'interpretation', kind: 'changed', itemId: null, field: null, before: 'Oud', after: 'Nieuw' },
            { section: 'actions', kind: 'added', itemId: 'action-9', field: null, before: null, after: 'Huisbezoek' },
          ],
        })
      }),
    )
    renderApp('/plans/plan-2')
    const goals = await screen.findByRole('table', { name: 'Verschillen tussen de versies: Doelen' })
    const row = within(goals).getAllByRole('row')[1]
    expect(row).toHaveTextContent('Gewijzigd')
    expect(row).toHaveTextContent('Heeft een vaste dagbesteding')
    expect(row).toHaveTextContent('Streefdatum')
    expect(row).toHaveTextContent('1 sep 2026')
    expect(row).toHaveTextContent('1 dec 2026')
    expect(screen.getByRole('table', { name: 'Verschillen tussen de versies: Duiding' })).toHaveTextContent('OudNieuw')
    expect(screen.getByRole('table', { name: 'Verschillen tussen de versies: Acties' })).toHaveTextContent('Toegevoegd—Huisbezoek')
    expect(screen.getByText('Versie 1 vergeleken met versie 2')).toBeInTheDocument()
    expect(asked).toEqual(['plan-1'])
  })
})
