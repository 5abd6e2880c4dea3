import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test, vi } from 'vitest'
import { makeCaseDetail } from '../../../test/fixtures'
import { API, problem, signedInAs } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'
import type { AssessmentDetail, Proposal, RatingInput } from '../api/types'
import { makeAssessment, makeAssessor, makeFramework } from './fixtures'

/** A stand-in for the rules: acute when D1 is present, elevated when anything is present. */
function proposalFor(ratings: RatingInput[]): Proposal {
  const present = ratings.filter((rating) => rating.presence === 'present')
  if (present.some((rating) => rating.code === 'D1')) {
    return { level: 'acute', rulesVersion: 'beoordelingskader/2026.1', fired: [{ rule: 'acute_flag', level: 'acute', indicatorCodes: ['D1'], dimensions: [] }] }
  }
  if (present.length) {
    return {
      level: 'elevated',
      rulesVersion: 'beoordelingskader/2026.1',
      fired: [{ rule: 'several_risk_dimensions', level: 'elevated', indicatorCodes: present.map((r) => r.code), dimensions: [] }],
    }
  }
  return makeAssessment().proposal
}

type Calls = { patches: { ifMatch: string | null; body: unknown }[]; submits: { ifMatch: string | null; body: unknown }[]; proposals: RatingInput[][] }

function editPage(calls: Calls, options: { patch?: () => Response; assessment?: () => AssessmentDetail } = {}) {
  let current = options.assessment?.() ?? makeAssessment()
  let version = 3
  return [
    ...signedInAs(makeAssessor('regisseur')),
    http.get(`${API}/assessments/assessment-1`, () => HttpResponse.json(current, { headers: { ETag: `"${version}"` } })),
    http.get(`${API}/assessment-frameworks/fw-1`, () => HttpResponse.json(makeFramework())),
    http.get(`${API}/cases/case-1`, () => HttpResponse.json(makeCaseDetail())),
    http.post(`${API}/assessment-frameworks/fw-1/proposal`, async ({ request }) => {
      const { ratings } = (await request.json()) as { ratings: RatingInput[] }
      calls.proposals.push(ratings)
      return HttpResponse.json(proposalFor(ratings))
    }),
    http.patch(`${API}/assessments/assessment-1`, async ({ request }) => {
      const body = (await request.json()) as { ratings: RatingInput[] }
      calls.patches.push({ ifMatch: request.headers.get('If-Match'), body })
      if (options.patch) return options.patch()
      version += 1
      current = makeAssessment({ proposal: proposalFor(body.ratings), version })
      return HttpResponse.json(current, { headers: { ETag: `"${version}"` } })
    }),
    http.post(`${API}/assessments/assessment-1/submit`, async ({ request }) => {
      const body = (await request.json()) as { finalLevel: AssessmentDetail['finalLevel']; rationale?: string }
      calls.submits.push({ ifMatch: request.headers.get('If-Match'), body })
      version += 1
      current = makeAssessment({
        status: 'submitted',
        finalLevel: body.finalLevel,
        rationale: body.rationale ?? null,
        submittedAt: '2026-02-12T15:00:00Z',
        nextReviewOn: '2026-04-09',
        allowed: { edit: false, submit: false },
        version,
      })
      return HttpResponse.json(current, { headers: { ETag: `"${version}"` } })
    }),
  ]
}

function newCalls(): Calls {
  return { patches: [], submits: [], proposals: [] }
}

function indicator(name: RegExp) {
  return within(screen.getByRole('group', { name }))
}

async function openForm(calls: Calls, options?: Parameters<typeof editPage>[1]) {
  server.use(...editPage(calls, options))
  const view = renderApp('/assessments/assessment-1/edit')
  await screen.findByRole('group', { name: /^A1 Wij-zij denken/ })
  return view
}

describe('assessment form', () => {
  test('beside each indicator the guidance questions of the chosen audience', async () => {
    const { user } = await openForm(newCalls())
    // A municipal assessment starts with the practitioner's questions.
    expect(screen.getByLabelText('Gespreksvragen voor')).toHaveValue('professional')
    const a1 = within(screen.getByRole('complementary', { name: 'Gespreksvragen bij A1' }))
    expect(a1.getByText('Professionalvraag over A1?')).toBeInTheDocument()
    expect(a1.queryByText('Gezinsvraag over A1?')).not.toBeInTheDocument()

    await user.selectOptions(screen.getByLabelText('Gespreksvragen voor'), 'family_network')
    expect(a1.getByRole('heading', { name: 'Vragen: Gezin en netwerk' })).toBeInTheDocument()
    expect(a1.getByText('Gezinsvraag over A1?')).toBeInTheDocument()
    expect(a1.queryByText('Professionalvraag over A1?')).not.toBeInTheDocument()
    expect(screen.getByRole('complementary', { name: 'Gespreksvragen bij D1' })).toHaveTextContent('Gezinsvraag over D1?')
    // Flags and the protective wording.
    expect(indicator(/^D1 Dreiging/).getByText('Acuut signaal')).toBeInTheDocument()
    expect(indicator(/^P1 Steunend gezin/).getByRole('radio', { name: 'Duidelijk aanwezig' })).toBeInTheDocument()
  })

  test('relevance is required for a (partly) present indicator; nothing is saved until it is chosen', async () => {
    const calls = newCalls()
    const { user } = await openForm(calls)
    await user.click(indicator(/^A1 Wij-zij denken/).getByRole('radio', { name: 'Aanwezig' }))
    await user.click(screen.getByRole('button', { name: 'Tussentijds opslaan' }))

    const relevance = indicator(/^A1 Wij-zij denken/).getByRole('group', { name: /Relevantie voor deze persoon/ })
    expect(relevance).toHaveAccessibleDescription(/Kies de relevantie/)
    expect(await screen.findByRole('link', { name: /A1 Wij-zij denken: Kies de relevantie/ })).toHaveAttribute(
      'href',
      '#assessment-A1-relevance',
    )
    expect(calls.patches).toHaveLength(0)

    await user.click(within(relevance).getByRole('radio', { name: 'Hoog' }))
    await user.click(screen.getByRole('button', { name: 'Tussentijds opslaan' }))
    await vi.waitFor(() => expect(calls.patches).toHaveLength(1))
    expect(calls.patches[0].ifMatch).toBe('"3"')
    expect(calls.patches[0].body).toMatchObject({
      assessors: ['Rik Regisseur'],
      ratings: [
        {
          code: 'A1',
          presence: 'present',
          relevance: 'high',
          trend: null,
          evidenceFor: '',
          evidenceAgainst: '',
          source: '',
          sourceOn: null,
          sharing: 'shareable',
        },
      ],
    })
    expect(await screen.findByText('Opgeslagen.')).toBeInTheDocument()
  })

  test('the proposed level and its rules follow the ratings', async () => {
    const calls = newCalls()
    const { user } = await openForm(calls)
    const panel = within(screen.getByRole('complementary', { name: 'Voorstel zorgniveau' }))
    expect(panel.getByTestId('proposed-level')).toHaveTextContent('Onvoldoende informatie')

    const d1 = indicator(/^D1 Dreiging/)
    await user.click(d1.getByRole('radio', { name: 'Aanwezig' }))
    // Without relevance the rating waits; the proposal says so.
    expect(await panel.findByText('1 beoordeling zonder relevantie telt nog niet mee.')).toBeInTheDocument()
    await user.click(d1.getByRole('radio', { name: 'Gemiddeld' }))

    await vi.waitFor(() => expect(panel.getByTestId('proposed-level')).toHaveTextContent('Acuut'))
    expect(panel.getByRole('list', { name: 'Toegepaste regels' })).toHaveTextContent('Acuut signaal aanwezig (Acuut): D1 Dreiging / intentie')
    expect(calls.proposals.at(-1)).toEqual([expect.objectContaining({ code: 'D1', presence: 'present', relevance: 'medium' })])
  })

  test('a final level other than the proposal needs a rationale; unsaved ratings are saved first', async () => {
    const calls = newCalls()
    const { user, router } = await openForm(calls)
    const a1 = indicator(/^A1 Wij-zij denken/)
    await user.click(a1.getByRole('radio', { name: 'Aanwezig' }))
    await user.click(a1.getByRole('radio', { name: 'Laag' }))
    await vi.waitFor(() => expect(screen.getByTestId('proposed-level')).toHaveTextContent('Verhoogd'))

    await user.click(screen.getByRole('button', { name: 'Zorgniveau vaststellen' }))
    const dialog = within(await screen.findByRole('dialog'))
    expect(dialog.getByLabelText('Zorgniveau')).toHaveValue('elevated')
    await user.selectOptions(dialog.getByLabelText('Zorgniveau'), 'low')
    await user.click(dialog.getByRole('button', { name: 'Vaststellen' }))
    expect(dialog.getByLabelText(/^Toelichting/)).toHaveAccessibleDescription(/Licht toe waarom u afwijkt/)
    expect(calls.submits).toHaveLength(0)

    await user.type(dialog.getByLabelText(/^Toelichting/), 'Sterk steunend netwerk, besproken in het casusoverleg.')
    await user.click(dialog.getByRole('button', { name: 'Vaststellen' }))
    await vi.waitFor(() => expect(calls.submits).toHaveLength(1))
    expect(calls.patches).toHaveLength(1)
    expect(calls.submits[0]).toEqual({
      ifMatch: '"4"',
      body: { finalLevel: 'low', rationale: 'Sterk steunend netwerk, besproken in het casusoverleg.' },
    })
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/assessments/assessment-1'))
    expect(await screen.findByTestId('final-level')).toHaveTextContent('Laag')
    expect(screen.getByText('Sterk steunend netwerk, besproken in het casusoverleg.')).toBeInTheDocument()
  })

  test('a joint assessment asks every organisation working in the case whether it agrees', async () => {
    const calls = newCalls()
    const { user } = await openForm(calls, { assessment: () => makeAssessment({ perspective: 'joint' }) })
    // The joint perspective starts with the case conference's questions.
    expect(screen.getByLabelText('Gespreksvragen voor')).toHaveValue('case_conference')
    await user.click(screen.getByRole('button', { name: 'Zorgniveau vaststellen' }))
    const dialog = within(await screen.findByRole('dialog'))
    await user.click(dialog.getByRole('button', { name: 'Vaststellen' }))
    expect(dialog.getByRole('group', { name: /^Instemming per organisatie/ })).toHaveAccessibleDescription(
      /Geef voor elke organisatie aan of zij instemt\./,
    )
    expect(calls.submits).toHaveLength(0)

    await user.click(within(dialog.getByRole('group', { name: 'Gemeente Amsterdam' })).getByRole('radio', { name: 'Stemt in' }))
    const police = within(dialog.getByRole('group', { name: 'Politie Eenheid Amsterdam' }))
    await user.click(police.getByRole('radio', { name: 'Stemt niet in' }))
    await user.type(police.getByLabelText(/Opmerking van Politie Eenheid Amsterdam/), 'Wij zien meer zorgen.')
    await user.click(dialog.getByRole('button', { name: 'Vaststellen' }))
    await vi.waitFor(() => expect(calls.submits).toHaveLength(1))
    expect(calls.patches).toHaveLength(0)
    expect(calls.submits[0]).toEqual({
      ifMatch: '"3"',
      body: {
        finalLevel: 'insufficient_information',
        agreements: [
          { organisationId: 'org-1', agrees: true, note: '' },
          { organisationId: 'org-2', agrees: false, note: 'Wij zien meer zorgen.' },
        ],
      },
    })
  })

  test('the server\'s field errors appear at the fields; a 412 offers the newest version', async () => {
    const calls = newCalls()
    let answer = () =>
      problem(422, 'Unprocessable Content', {
        detail: 'Relevance is required when the indicator is partly or present.',
        invalidParams: [{ name: 'ratings[1].sourceOn', reason: 'Datum ligt in de toekomst.' }],
      })
    const { user } = await openForm(calls, { patch: () => answer() })
    await user.click(indicator(/^A1 Wij-zij denken/).getByRole('radio', { name: 'Afwezig' }))
    await user.click(indicator(/^D1 Dreiging/).getByRole('radio', { name: 'Afwezig' }))
    await user.click(screen.getByRole('button', { name: 'Tussentijds opslaan' }))
    expect(await indicator(/^D1 Dreiging/).findByLabelText(/Datum van de bron/)).toHaveAccessibleDescription(
      /Datum ligt in de toekomst\./,
    )

    answer = () => problem(412, 'Precondition failed')
    await user.click(screen.getByRole('button', { name: 'Tussentijds opslaan' }))
    const alert = await screen.findByRole('alert', { name: 'Intussen gewijzigd door iemand anders' })
    expect(alert).toHaveTextContent('Uw wijzigingen zijn niet opgeslagen')
    await user.click(within(alert).getByRole('button', { name: 'Nieuwste versie laden' }))
    await vi.waitFor(() => expect(indicator(/^A1 Wij-zij denken/).getByRole('radio', { name: 'Afwezig' })).not.toBeChecked())
  })
})
