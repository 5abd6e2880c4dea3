import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test, vi } from 'vitest'
import { API, signedInAs } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'
import type { AttentionItem } from '../api/planTypes'
import { makePlan, makePlanActor, makePlanCase, planHandlers, summaryOf } from './fixtures'

const ITEMS: AttentionItem[] = [
  {
    kind: 'action', reason: 'no_update', caseId: 'case-1', caseReference: 'RAD-2026-0042', planId: 'plan-1', planNumber: 2,
    itemId: 'action-1', title: 'Mentortraject', organisationId: 'org-2', organisationName: 'Politie Eenheid Amsterdam',
    ownerName: 'Priya Politie', regisseur: { id: 'user-regisseur', name: 'Rik Regisseur' }, dueOn: '2026-06-01', lastUpdateAt: '2026-03-01T09:00:00Z',
  },
  {
    kind: 'goal', reason: 'overdue', caseId: 'case-7', caseReference: 'RAD-2026-0007', planId: 'plan-7', planNumber: 1,
    itemId: 'goal-7', title: 'Heeft een vaste dagbesteding', organisationId: null, organisationName: null,
    ownerName: null, regisseur: { id: 'user-2', name: 'Rachida Regisseur' }, dueOn: '2026-03-01', lastUpdateAt: null,
  },
  {
    kind: 'action', reason: 'past_due', caseId: 'case-7', caseReference: 'RAD-2026-0007', planId: 'plan-7', planNumber: 1,
    itemId: 'action-8', title: 'Gebiedsverbod', organisationId: 'org-5', organisationName: 'Jeugdzorg Amsterdam',
    ownerName: 'Joke Jeugdzorg', regisseur: { id: 'user-2', name: 'Rachida Regisseur' }, dueOn: '2026-04-01', lastUpdateAt: null,
  },
]

describe('plan attention', () => {
  test('lists stalled actions and overdue goals with links, and filters by organisation and regisseur', async () => {
    const searches: Record<string, string>[] = []
    server.use(
      ...signedInAs(makePlanActor('regisseur')),
      http.get(`${API}/plans/attention`, ({ request }) => {
        const params = Object.fromEntries(new URL(request.url).searchParams)
        searches.push(params)
        return HttpResponse.json({
          items: ITEMS.filter(
            (item) =>
              (!params.organisationId || item.organisationId === params.organisationId) &&
              (!params.regisseurId || item.regisseur?.id === params.regisseurId),
          ),
        })
      }),
    )
    const { user } = renderApp('/')
    await user.click(await screen.findByRole('link', { name: 'Aandacht in plannen' }))
    const table = await screen.findByRole('table', { name: 'Acties en doelen die aandacht vragen' })
    expect(within(table).getAllByRole('row')).toHaveLength(4)
    const first = within(table).getAllByRole('row')[1]
    expect(within(first).getByRole('link', { name: 'RAD-2026-0042' })).toHaveAttribute('href', '/cases/case-1')
    expect(within(first).getByRole('link', { name: 'Versie 2' })).toHaveAttribute('href', '/plans/plan-1')
    expect(first).toHaveTextContent('Te lang geen update')
    expect(within(table).getAllByRole('row')[2]).toHaveTextContent('DoelHeeft een vaste dagbestedingOver de streefdatum')

    await user.selectOptions(screen.getByLabelText('Organisatie'), 'Jeugdzorg Amsterdam')
    await user.click(screen.getByRole('button', { name: 'Filteren' }))
    await vi.waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2))
    expect(table).toHaveTextContent('Gebiedsverbod')
    expect(searches.at(-1)).toEqual({ organisationId: 'org-5' })
    // The other organisations stay choosable.
    expect(within(screen.getByLabelText('Organisatie')).getByRole('option', { name: 'Politie Eenheid Amsterdam' })).toBeInTheDocument()

    await user.selectOptions(screen.getByLabelText('Organisatie'), 'Alle organisaties')
    await user.selectOptions(screen.getByLabelText('Regisseur'), 'Rik Regisseur')
    await user.click(screen.getByRole('button', { name: 'Filteren' }))
    await vi.waitFor(() => expect(searches.at(-1)).toEqual({ regisseurId: 'user-regisseur' }))
    await vi.waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2))
    expect(table).toHaveTextContent('Mentortraject')
  })

  test('the case page shows the plan in force, what needs attention and the versions', async () => {
    const inForce = makePlan({ status: 'approved', number: 2, id: 'plan-2', approvedAt: '2026-04-08T10:00:00Z' })
    const started: unknown[] = []
    server.use(
      http.get(`${API}/cases/case-1/plans`, () =>
        HttpResponse.json({ items: [summaryOf(inForce), summaryOf(makePlan({ status: 'superseded' }))], inForceId: 'plan-2', canStart: true }),
      ),
      http.get(`${API}/cases/case-1`, () => HttpResponse.json(makePlanCase())),
      http.get(`${API}/cases/case-1/journal-entries`, () => HttpResponse.json({ items: [], nextCursor: null })),
      http.get(`${API}/organisations`, () => HttpResponse.json({ items: [], nextCursor: null })),
      http.get(`${API}/cases/case-1/regisseur-candidates`, () => HttpResponse.json({ items: [] })),
      http.get(`${API}/plans/plan-3`, () => HttpResponse.json(makePlan({ id: 'plan-3', number: 3 }))),
      http.post(`${API}/cases/case-1/plans`, async ({ request }) => {
        started.push(await request.json())
        return HttpResponse.json(makePlan({ id: 'plan-3', number: 3 }), { status: 201 })
      }),
      // After the handlers above: the first that matches answers.
      ...planHandlers('regisseur', () => inForce),
    )
    const { user, router } = renderApp('/cases/case-1')
    const section = within(await screen.findByRole('region', { name: 'Plan van aanpak' }))
    expect(await section.findByText(/Versie 2 is van kracht \(vastgesteld 8 apr 2026\)\. Evaluatie op 1 okt 2026\./)).toBeInTheDocument()
    expect(section.getByTestId('stalled-action-count')).toHaveTextContent('2')
    expect(section.getByTestId('overdue-goal-count')).toHaveTextContent('1')
    const versions = section.getByRole('table', { name: 'Versies van het plan, nieuwste eerst' })
    expect(within(versions).getAllByRole('row')[2]).toHaveTextContent('Vervangen')
    await user.click(section.getByRole('button', { name: 'Nieuwe versie van het plan' }))
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/plans/plan-3/edit'))
    expect(started).toEqual([{}])
  })
})
