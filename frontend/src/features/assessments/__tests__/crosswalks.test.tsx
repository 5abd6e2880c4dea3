import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test, vi } from 'vitest'
import { API, problem, signedInAs } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'
import { crosswalkSummary, frameworkListHandler, makeAssessor, makeCrosswalk, makeFramework } from './fixtures'

const RETIRED = makeCrosswalk({ id: 'cw-0', version: '2025.1', frameworkId: 'fw-0', frameworkVersion: '2025.1', entryCount: 3 })

function crosswalkPages() {
  return [
    frameworkListHandler(),
    http.get(`${API}/assessment-frameworks/fw-1`, () => HttpResponse.json(makeFramework())),
    http.get(`${API}/crosswalks`, () => HttpResponse.json([crosswalkSummary(makeCrosswalk()), crosswalkSummary(RETIRED)])),
    http.get(`${API}/crosswalks/cw-1`, () => HttpResponse.json(makeCrosswalk())),
  ]
}

type Posted = { contentType: string | null; query: Record<string, string>; body: string }

describe('crosswalks', () => {
  test('from the framework pages to the crosswalks, and one crosswalk with its mappings in words', async () => {
    server.use(...signedInAs(makeAssessor('regisseur')), ...crosswalkPages())
    const { user } = renderApp('/frameworks/fw-1')
    // The framework version lists the crosswalks onto it.
    const onto = await screen.findByRole('table', { name: 'Vertaaltabellen naar versie 2026.1' })
    expect(within(onto).getAllByRole('row')).toHaveLength(2)
    await user.click(screen.getByRole('link', { name: 'Alle vertaaltabellen' }))

    const table = await screen.findByRole('table', { name: 'Vertaaltabellen' })
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'Extern modelVersieVersie van het beoordelingskaderKoppelingenIngelezen',
      expect.stringMatching(/^politie-kim 2026\.12026\.12026\.154 jan 2026/),
      expect.stringMatching(/^politie-kim 2025\.12025\.12025\.13/),
    ])
    // A regisseur reads; importing is for frameworks:manage.
    expect(screen.queryByRole('form', { name: 'Nieuwe vertaaltabel inlezen' })).not.toBeInTheDocument()
    await user.click(within(table).getByRole('link', { name: 'politie-kim 2026.1' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Vertaaltabel politie-kim 2026.1' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Beoordelingskader versie 2026.1' })).toHaveAttribute('href', '/frameworks/fw-1')
    const entries = within(screen.getByRole('table', { name: 'Koppelingen van externe items aan indicatoren' }))
    // Our indicator by code and label (from the framework version), the relation in Dutch.
    expect(await entries.findByRole('row', { name: /^I4 Dreigende uitingen D1 Dreiging \/ intentie/ })).toHaveTextContent('Gelijkwaardig')
    expect(entries.getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual([
      'K1Zoeken naar erbij horenA1 Wij-zij denkenBreder',
      'K2Ervaren onrechtA1 Wij-zij denkenGedeeltelijke overlap',
      'I4Dreigende uitingenD1 Dreiging / intentieGelijkwaardig',
      'I4Dreigende uitingenA4 OntmenselijkingGedeeltelijke overlap',
      'M1Eerder gepleegd geweldD1 Dreiging / intentieSmaller',
    ])
    // What each relation does to an entered presence.
    expect(screen.getByText(/Het externe item omvat meer dan onze indicator\. Aanwezig telt als deels aanwezig/)).toBeInTheDocument()
  })

  test('importing shows the problems of a JSON document, then of CSV rows by row and field, then opens the new crosswalk', async () => {
    const posted: Posted[] = []
    const created = makeCrosswalk({ id: 'cw-2', version: '2026.2' })
    server.use(
      ...signedInAs(makeAssessor('coordinator')),
      ...crosswalkPages(),
      http.post(`${API}/crosswalks`, async ({ request }) => {
        const url = new URL(request.url)
        posted.push({ contentType: request.headers.get('Content-Type'), query: Object.fromEntries(url.searchParams), body: await request.text() })
        if (posted.length === 1) {
          return problem(422, 'Unprocessable Content', {
            detail: 'The crosswalk is not usable.',
            invalidParams: [{ name: 'entries[0].relation', reason: "'identical' is not a relation" }],
          })
        }
        if (posted.length === 2) {
          return problem(422, 'Unprocessable Content', {
            detail: 'The crosswalk is not usable.',
            invalidParams: [
              { name: 'row 3, field indicator_code', reason: 'Z9 is not an indicator of beoordelingskader 2026.1' },
              { name: 'row 4', reason: 'has 3 fields, the header has 4' },
            ],
          })
        }
        return HttpResponse.json(created, { status: 201 })
      }),
      http.get(`${API}/crosswalks/cw-2`, () => HttpResponse.json(created)),
    )
    const { user, router } = renderApp('/crosswalks')
    const form = within(await screen.findByRole('form', { name: 'Nieuwe vertaaltabel inlezen' }))
    await user.click(form.getByRole('button', { name: 'Vertaaltabel inlezen' }))
    expect(form.getByLabelText(/^Inhoud \(JSON\)/)).toHaveAccessibleDescription(/Kies een bestand of plak de inhoud\./)

    await user.click(form.getByLabelText(/^Inhoud \(JSON\)/))
    await user.paste('{"external_model": "politie-kim", "entries": [{"relation": "identical"}]}')
    await user.click(form.getByRole('button', { name: 'Vertaaltabel inlezen' }))
    expect(await form.findByRole('alert')).toHaveTextContent("Er is 1 probleem gevonden:entries[0].relation: 'identical' is not a relation")
    expect(posted[0].contentType).toMatch(/^application\/json/)
    expect(JSON.parse(posted[0].body)).toEqual({ external_model: 'politie-kim', entries: [{ relation: 'identical' }] })

    // CSV rows need the model, their version and the framework version (the published one is proposed).
    await user.click(form.getByRole('radio', { name: /CSV-bestand/ }))
    expect(form.getByLabelText(/^Versie van het beoordelingskader/)).toHaveValue('fw-1')
    const content = form.getByLabelText(/^Inhoud \(CSV\)/)
    await user.clear(content)
    await user.click(content)
    await user.paste('external_code;external_label;indicator_code;relation\nK1;Erbij horen;B1;equivalent\nK2;Onrecht;Z9;broader\nK3;Kapot;B4')
    await user.click(form.getByRole('button', { name: 'Vertaaltabel inlezen' }))
    expect(form.getByLabelText(/^Extern model/)).toHaveAccessibleDescription(/Vul het externe model in\./)
    expect(posted).toHaveLength(1)

    await user.type(form.getByLabelText(/^Extern model/), 'politie-kim')
    await user.type(form.getByLabelText(/^Versie \(de versie van de vertaaltabel/), '2026.2')
    await user.click(form.getByRole('button', { name: 'Vertaaltabel inlezen' }))
    const alert = await form.findByRole('alert', { name: 'De vertaaltabel is niet ingelezen' })
    await vi.waitFor(() => expect(alert).toHaveTextContent('Er zijn 2 problemen gevonden'))
    expect(alert).toHaveTextContent('row 3, field indicator_code: Z9 is not an indicator of beoordelingskader 2026.1')
    expect(alert).toHaveTextContent('row 4: has 3 fields, the header has 4')
    expect(posted[1]).toEqual({
      contentType: 'text/csv',
      query: { externalModel: 'politie-kim', version: '2026.2', frameworkId: 'fw-1' },
      body: 'external_code;external_label;indicator_code;relation\nK1;Erbij horen;B1;equivalent\nK2;Onrecht;Z9;broader\nK3;Kapot;B4',
    })

    await user.click(form.getByRole('button', { name: 'Vertaaltabel inlezen' }))
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/crosswalks/cw-2'))
    expect(await screen.findByRole('heading', { level: 1, name: 'Vertaaltabel politie-kim 2026.2' })).toBeInTheDocument()
  })
})
