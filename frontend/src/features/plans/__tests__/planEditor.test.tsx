import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { API, problem } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'
import type { Plan } from '../api/planTypes'
import { makeAction, makePlan, planHandlers } from './fixtures'

describe('the plan editor', () => {
  test('a suggestion becomes an action only on request, and the save sends the whole plan with If-Match', async () => {
    let plan: Plan = makePlan()
    const patches: { body: unknown; ifMatch: string | null }[] = []
    server.use(
      ...planHandlers('regisseur', () => plan),
      http.patch(`${API}/plans/plan-1`, async ({ request }) => {
        const body = (await request.json()) as { actions: Plan['actions'] }
        patches.push({ body, ifMatch: request.headers.get('If-Match') })
        plan = { ...plan, version: 4, actions: [makeAction({ id: 'action-new', intervention: { id: 'int-1', code: 'INT-1', name: { nl: 'Mentortraject', en: 'Mentoring' }, type: 'mentoring_dialogue', retired: false, informationalOnly: false }, customTitle: null, goalIds: [] })] }
        return HttpResponse.json(plan)
      }),
    )
    const { user } = renderApp('/plans/plan-1/edit')
    const suggestions = await screen.findByRole('complementary', { name: 'Suggesties' })
    expect(within(suggestions).getByText('Mentortraject')).toBeInTheDocument()
    expect(within(suggestions).getByText('Voorwaarden: Instemming van de jongere.')).toBeInTheDocument()
    expect(within(suggestions).getByText('Aanbieder: Stichting Mentor')).toBeInTheDocument()
    expect(screen.getByText('Nog geen acties.')).toBeInTheDocument()

    await user.click(within(suggestions).getByRole('button', { name: 'Mentortraject als actie toevoegen' }))
    const action = within(screen.getByRole('group', { name: 'Actie 1' }))
    expect(action.getByLabelText('Interventie uit de instrumentenkoffer')).toHaveValue('int-1')
    expect(action.getByRole('checkbox', { name: 'Heeft een vaste dagbesteding' })).not.toBeChecked()
    // Only organisations taking part now: the one that stopped is no choice.
    const organisation = action.getByLabelText(/Verantwoordelijke organisatie/)
    expect(within(organisation).queryByRole('option', { name: 'Leerplicht Amsterdam' })).not.toBeInTheDocument()
    expect(organisation).toHaveFocus()
    await user.selectOptions(organisation, 'Politie Eenheid Amsterdam')
    await user.type(action.getByLabelText('Uitvoerder'), 'Priya Politie')
    await user.type(action.getByLabelText('Startdatum'), '2026-05-01')
    await user.type(action.getByLabelText('Einddatum'), '2026-08-01')
    await user.click(screen.getByRole('button', { name: 'Opslaan' }))

    expect(await screen.findByText('Het plan is opgeslagen.')).toBeInTheDocument()
    expect(patches).toHaveLength(1)
    expect(patches[0].ifMatch).toBe('"3"')
    expect(patches[0].body).toEqual({
      interpretation: 'Zoekt erkenning online.',
      protectiveFactors: [],
      goals: [{ id: 'goal-1', text: 'Heeft een vaste dagbesteding', targetOn: '2026-09-01', indicatorCodes: ['A1'], status: 'open', note: '' }],
      actions: [
        {
          interventionId: 'int-1',
          customTitle: null,
          goalIds: [],
          responsibleOrganisationId: 'org-2',
          ownerName: 'Priya Politie',
          startOn: '2026-05-01',
          dueOn: '2026-08-01',
          status: 'planned',
          statusReason: null,
          externalReference: null,
        },
      ],
      contingency: 'Bij nieuwe dreigende uitingen opnieuw opschalen.',
      evaluationOn: '2026-10-01',
    })
  })

  test('a new goal gets an id an action can link to before saving', async () => {
    const patches: { goals: { id: string; text: string }[]; actions: { goalIds: string[] }[] }[] = []
    server.use(
      ...planHandlers('regisseur', () => makePlan({ goals: [] })),
      http.patch(`${API}/plans/plan-1`, async ({ request }) => {
        patches.push((await request.json()) as (typeof patches)[number])
        return HttpResponse.json(makePlan())
      }),
    )
    const { user } = renderApp('/plans/plan-1/edit')
    await user.click(await screen.findByRole('button', { name: 'Doel toevoegen' }))
    await user.type(within(screen.getByRole('group', { name: 'Doel 1' })).getByLabelText(/Doel \(positief/), 'Gaat naar school')
    await user.click(screen.getByRole('button', { name: 'Actie toevoegen' }))
    const action = within(screen.getByRole('group', { name: 'Actie 1' }))
    await user.type(action.getByLabelText(/Omschrijving van de eigen actie/), 'Huisbezoek')
    await user.click(action.getByRole('checkbox', { name: 'Gaat naar school' }))
    await user.click(screen.getByRole('button', { name: 'Opslaan' }))
    await screen.findByText('Het plan is opgeslagen.')
    const goalId = patches[0].goals[0].id
    expect(goalId).toMatch(/^[0-9a-f-]{36}$/)
    expect(patches[0].actions[0].goalIds).toEqual([goalId])
  })

  test('the server’s invalidParams stand next to the fields they name; a 412 offers the newest version', async () => {
    let status = 400
    server.use(
      ...planHandlers('regisseur', () => makePlan({ actions: [makeAction()] })),
      http.patch(`${API}/plans/plan-1`, () =>
        status === 400
          ? problem(400, 'Invalid plan', {
              invalidParams: [
                { name: 'goals[0].text', reason: 'Formuleer het doel positief.' },
                { name: 'actions[0].dueOn', reason: 'De einddatum ligt voor de startdatum.' },
              ],
            })
          : problem(412, 'Precondition failed'),
      ),
    )
    const { user } = renderApp('/plans/plan-1/edit')
    await user.click(await screen.findByRole('button', { name: 'Opslaan' }))
    const goal = within(screen.getByRole('group', { name: 'Doel 1' }))
    expect(await goal.findByLabelText(/Doel \(positief/)).toHaveAccessibleDescription(/Formuleer het doel positief\./)
    const action = within(screen.getByRole('group', { name: 'Actie 1' }))
    expect(action.getByLabelText('Einddatum')).toHaveAccessibleDescription(/De einddatum ligt voor de startdatum\./)
    expect(action.getByLabelText('Startdatum')).not.toHaveAccessibleDescription(/einddatum/)

    status = 412
    await user.click(screen.getByRole('button', { name: 'Opslaan' }))
    expect(await screen.findByRole('heading', { name: 'Intussen gewijzigd door iemand anders' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Nieuwste versie laden' })).toBeInTheDocument()
  })
})
