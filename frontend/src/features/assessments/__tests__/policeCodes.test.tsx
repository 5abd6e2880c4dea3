import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test, vi } from 'vitest'
import { makeCaseDetail } from '../../../test/fixtures'
import { API, problem, signedInAs } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'
import type { AssessmentDetail, AssessmentUpdate, RatingInput } from '../api/types'
import { crosswalkSummary, frameworkListHandler, makeAssessment, makeAssessor, makeCrosswalk, makeFramework } from './fixtures'

const POLICE = { perspective: 'police', organisationId: 'org-2', organisationName: 'Politie Eenheid Amsterdam', crosswalkId: 'cw-1' } as const

function rating(code: string, presence: RatingInput['presence'], relevance: RatingInput['relevance'] = null): Required<RatingInput> {
  return { code, presence, relevance, trend: null, evidenceFor: '', evidenceAgainst: '', source: '', sourceOn: null, sharing: 'shareable' }
}

/** What the server answers after the police rated I4 present (high) and M1 absent through makeCrosswalk(). */
function translated(version: number): AssessmentDetail {
  return makeAssessment({
    ...POLICE,
    version,
    externalRatings: [
      { ...rating('I4', 'present', 'high'), withheld: null, label: 'Dreigende uitingen' },
      { ...rating('M1', 'absent'), withheld: null, label: 'Eerder gepleegd geweld' },
    ],
    // I4 is equivalent to D1; M1 narrower (absent tells nothing). I4 only overlaps A4, so present counts as partly.
    ratings: [
      { ...rating('A4', 'partly', 'high'), withheld: null },
      { ...rating('D1', 'present', 'high'), withheld: null },
    ],
    derived: [
      { code: 'A4', fromExternalCodes: ['I4'], capped: true },
      { code: 'D1', fromExternalCodes: ['I4', 'M1'], capped: false },
    ],
    proposal: { level: 'acute', rulesVersion: 'beoordelingskader/2026.1', fired: [{ rule: 'acute_flag', level: 'acute', indicatorCodes: ['D1'], dimensions: [] }] },
  })
}

type Calls = { patches: AssessmentUpdate[]; proposals: number }

function editPage(calls: Calls, patch?: () => Response) {
  let current = makeAssessment({ ...POLICE })
  return [
    ...signedInAs(makeAssessor('police')),
    http.get(`${API}/assessments/assessment-1`, () => HttpResponse.json(current)),
    http.get(`${API}/assessment-frameworks/fw-1`, () => HttpResponse.json(makeFramework())),
    http.get(`${API}/crosswalks/cw-1`, () => HttpResponse.json(makeCrosswalk())),
    http.get(`${API}/cases/case-1`, () => HttpResponse.json(makeCaseDetail())),
    http.post(`${API}/assessment-frameworks/fw-1/proposal`, () => {
      calls.proposals += 1
      return HttpResponse.json(makeAssessment().proposal)
    }),
    http.patch(`${API}/assessments/assessment-1`, async ({ request }) => {
      calls.patches.push((await request.json()) as AssessmentUpdate)
      if (patch) return patch()
      current = translated(current.version + 1)
      return HttpResponse.json(current)
    }),
  ]
}

function item(name: RegExp) {
  return within(screen.getByRole('group', { name }))
}

describe('an assessment in the police model\'s codes', () => {
  test('the police choose to enter in the codes of the police model, through a crosswalk onto the published version', async () => {
    let created: unknown
    server.use(
      ...signedInAs(makeAssessor('police')),
      http.get(`${API}/cases/case-1`, () => HttpResponse.json(makeCaseDetail())),
      http.get(`${API}/cases/case-1/assessments`, () => HttpResponse.json([])),
      frameworkListHandler(),
      http.get(`${API}/crosswalks`, () =>
        HttpResponse.json([
          crosswalkSummary(makeCrosswalk()),
          // Onto a retired version: a new assessment cannot use it.
          crosswalkSummary(makeCrosswalk({ id: 'cw-0', version: '2025.1', frameworkId: 'fw-0', frameworkVersion: '2025.1' })),
        ]),
      ),
      http.post(`${API}/cases/case-1/assessments`, async ({ request }) => {
        created = await request.json()
        return HttpResponse.json(makeAssessment({ ...POLICE }), { status: 201 })
      }),
      ...editPage({ patches: [], proposals: 0 }),
    )
    const { user, router } = renderApp('/cases/case-1/assessments/new')
    // The police assess from the police perspective only.
    expect(await screen.findByRole('radio', { name: 'Politie' })).toBeChecked()
    const entry = await screen.findByRole('group', { name: /^Invoeren in/ })
    expect(within(entry).getByRole('radio', { name: 'Het beoordelingskader' })).toBeChecked()
    expect(screen.queryByLabelText(/^Vertaaltabel/)).not.toBeInTheDocument()

    await user.click(within(entry).getByRole('radio', { name: 'De codes van het politiemodel' }))
    const crosswalk = screen.getByLabelText(/^Vertaaltabel/)
    expect(within(crosswalk).getAllByRole('option').map((option) => option.textContent)).toEqual(['politie-kim 2026.1 (5 koppelingen)'])
    await user.click(screen.getByRole('button', { name: 'Beoordeling starten' }))

    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/assessments/assessment-1/edit'))
    expect(created).toMatchObject({ perspective: 'police', crosswalkId: 'cw-1' })
    // The draft opens in the police model's codes.
    expect(await screen.findByRole('heading', { level: 2, name: 'I-items (I4)' })).toBeInTheDocument()
  })

  test('the items are rated by group, sent as externalRatings, and the derived ratings on our indicators are shown read only', async () => {
    const calls: Calls = { patches: [], proposals: 0 }
    server.use(...editPage(calls))
    const { user } = renderApp('/assessments/assessment-1/edit')

    // The crosswalk's items, grouped by the letter of their code, each with what it counts for.
    expect(await screen.findByRole('heading', { level: 2, name: 'K-items (K1 tot en met K2)' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'I-items (I4)' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'M-items (M1)' })).toBeInTheDocument()
    expect(item(/^I4 Dreigende uitingen/).getByRole('list', { name: 'Telt mee voor:' })).toHaveTextContent(
      'D1 Dreiging / intentie (Gelijkwaardig)A4 Ontmenselijking (Gedeeltelijke overlap)',
    )
    // The police's guidance questions of the indicators the item counts for.
    expect(screen.getByRole('complementary', { name: 'Gespreksvragen bij I4' })).toHaveTextContent('Politievraag over D1?Politievraag over A4?')
    // Our indicators the crosswalk reaches are not rated directly; P1 is not reached, so it is.
    expect(screen.queryByRole('group', { name: /^D1 Dreiging/ })).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Beschermende factoren: niet in de vertaaltabel' })).toBeInTheDocument()
    expect(screen.getByText('Er is nog niets omgezet. Beoordeel items en sla op.')).toBeInTheDocument()

    await user.click(item(/^I4 Dreigende uitingen/).getByRole('radio', { name: 'Aanwezig' }))
    await user.click(item(/^I4 Dreigende uitingen/).getByRole('radio', { name: 'Hoog' }))
    await user.click(item(/^M1 Eerder gepleegd geweld/).getByRole('radio', { name: 'Afwezig' }))
    await user.click(item(/^P1 Steunend gezin/).getByRole('radio', { name: 'Duidelijk aanwezig' }))
    await user.click(item(/^P1 Steunend gezin/).getByRole('radio', { name: 'Gemiddeld' }))
    expect(screen.getByText(/Sla tussentijds op om de omzetting bij te werken/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Tussentijds opslaan' }))

    await vi.waitFor(() => expect(calls.patches).toHaveLength(1))
    expect(calls.patches[0].externalRatings).toEqual([rating('I4', 'present', 'high'), rating('M1', 'absent')])
    expect(calls.patches[0].ratings).toEqual([rating('P1', 'present', 'medium')])

    // How the saved items land on our indicators, read only, with what the mapping changed.
    const derived = within(await screen.findByRole('table', { name: 'Omgezette beoordelingen op de indicatoren van het beoordelingskader' }))
    expect(derived.getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual([
      'A4 OntmenselijkingDeels aanwezigHoogI4 (Gedeeltelijke overlap)Aangepast door de koppeling',
      'D1 Dreiging / intentieAanwezigHoogI4 (Gelijkwaardig), M1 (Smaller)Samengevoegd uit meerdere items',
    ])
    expect(screen.getByText(/^Aangepast door de koppeling: het item is breder dan onze indicator/)).toBeInTheDocument()
    expect(derived.queryByRole('radio')).not.toBeInTheDocument()
    // The proposal is the server's, from the translated ratings; the form does not guess it.
    expect(screen.getByTestId('proposed-level')).toHaveTextContent('Acuut')
    expect(calls.proposals).toBe(0)
  })

  test('an item rated present needs its relevance; the server\'s errors on externalRatings land at the item', async () => {
    const calls: Calls = { patches: [], proposals: 0 }
    server.use(
      ...editPage(calls, () =>
        problem(422, 'Unprocessable Content', {
          invalidParams: [{ name: 'externalRatings[1].sourceOn', reason: 'Datum ligt in de toekomst.' }],
        }),
      ),
    )
    const { user } = renderApp('/assessments/assessment-1/edit')
    await screen.findByRole('group', { name: /^K2 Ervaren onrecht/ })
    await user.click(item(/^K2 Ervaren onrecht/).getByRole('radio', { name: 'Aanwezig' }))
    await user.click(screen.getByRole('button', { name: 'Tussentijds opslaan' }))
    expect(await screen.findByRole('link', { name: /K2 Ervaren onrecht: Kies de relevantie/ })).toHaveAttribute(
      'href',
      '#assessment-ext-K2-relevance',
    )
    expect(calls.patches).toHaveLength(0)

    await user.click(item(/^K2 Ervaren onrecht/).getByRole('radio', { name: 'Laag' }))
    await user.click(item(/^M1 Eerder gepleegd geweld/).getByRole('radio', { name: 'Onbekend' }))
    await user.click(screen.getByRole('button', { name: 'Tussentijds opslaan' }))
    await vi.waitFor(() => expect(calls.patches).toHaveLength(1))
    expect(calls.patches[0].externalRatings?.map((sent) => sent.code)).toEqual(['K2', 'M1'])
    expect(await item(/^M1 Eerder gepleegd geweld/).findByLabelText(/Datum van de bron/)).toHaveAccessibleDescription(
      /Datum ligt in de toekomst\./,
    )
  })
})
