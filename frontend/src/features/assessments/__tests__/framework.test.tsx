import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test, vi } from 'vitest'
import { API, problem, signedInAs } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'
import type { FrameworkDetail } from '../api/types'
import { makeAssessor, makeFramework } from './fixtures'

function frameworkPages(detail: () => FrameworkDetail, onPublish: () => Response = () => HttpResponse.json(detail())) {
  return [
    http.get(`${API}/assessment-frameworks`, () => {
      const { id, code, version, name, status, importedAt, publishedAt, indicatorCount } = detail()
      return HttpResponse.json([{ id, code, version, name, status, importedAt, publishedAt, indicatorCount }])
    }),
    http.get(`${API}/assessment-frameworks/fw-1`, () => HttpResponse.json(detail())),
    http.post(`${API}/assessment-frameworks/fw-1/publish`, () => onPublish()),
    http.get(`${API}/crosswalks`, () => HttpResponse.json([])),
  ]
}

describe('assessment framework', () => {
  test('a version shows its dimensions, indicators with their flags, and the questions per audience', async () => {
    server.use(...signedInAs(makeAssessor('regisseur')), ...frameworkPages(() => makeFramework()))
    const { user } = renderApp('/frameworks')
    const table = await screen.findByRole('table', { name: 'Versies van het beoordelingskader' })
    expect(table).toHaveTextContent('Gepubliceerd')
    await user.click(within(table).getByRole('link', { name: 'Dynamisch beoordelingskader radicalisering' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Dynamisch beoordelingskader radicalisering, versie 2026.1' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Intentie en gedrag' })).toBeInTheDocument()
    const d1 = within(screen.getByRole('article', { name: 'D1 Dreiging / intentie' }))
    expect(d1.getByText('Acuut signaal')).toBeInTheDocument()
    expect(d1.getByText('Definitie van D1.')).toBeInTheDocument()
    expect(d1.getByText('Voorbeeld bij D1.')).toBeInTheDocument()
    expect(d1.getByText('Contra-indicatie bij D1.')).toBeInTheDocument()
    expect(d1.getByText('Politievraag over D1?')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Gespreksleidraad Gezin en netwerk' })).toHaveAttribute('href', '/frameworks/fw-1/guide/family_network')
    // A regisseur may read but not publish; a published version has nothing to publish anyway.
    expect(screen.queryByRole('button', { name: 'Versie publiceren' })).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Nieuwe versie inlezen' })).not.toBeInTheDocument()
  })

  test('the coordinator publishes a draft; a 409 is explained', async () => {
    let current = makeFramework({ status: 'draft', publishedAt: null })
    let published = 0
    server.use(
      ...signedInAs(makeAssessor('coordinator')),
      ...frameworkPages(
        () => current,
        () => {
          published += 1
          if (published > 1) return problem(409, 'Conflict', { detail: 'Only a draft can be published.' })
          current = makeFramework({ status: 'published' })
          return HttpResponse.json(current)
        },
      ),
    )
    const { user } = renderApp('/frameworks/fw-1')
    expect(await screen.findByTestId('framework-status')).toHaveTextContent('Concept')
    await user.click(screen.getByRole('button', { name: 'Versie publiceren' }))
    const dialog = within(await screen.findByRole('dialog'))
    expect(dialog.getByText(/de versie die nu gepubliceerd is vervalt/)).toBeInTheDocument()
    await user.click(dialog.getByRole('button', { name: 'Publiceren' }))
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByTestId('framework-status')).toHaveTextContent('Gepubliceerd')
    expect(screen.queryByRole('button', { name: 'Versie publiceren' })).not.toBeInTheDocument()
  })

  test('importing a draft shows the loader\'s problems, then opens the new draft', async () => {
    const posted: unknown[] = []
    server.use(
      ...signedInAs(makeAssessor('coordinator')),
      ...frameworkPages(() => makeFramework({ id: 'fw-1' })),
      http.post(`${API}/assessment-frameworks`, async ({ request }) => {
        posted.push(await request.json())
        if (posted.length === 1) {
          return problem(422, 'Unprocessable Content', {
            detail: 'The framework file is not usable.',
            invalidParams: [
              { name: 'indicators[3].questions', reason: 'indicator D1 has no guidance question for police' },
              { name: 'cadence', reason: 'review cadence has no positive number of days for level acute' },
            ],
          })
        }
        return HttpResponse.json(makeFramework({ id: 'fw-2', version: '2026.2', status: 'draft', publishedAt: null }), { status: 201 })
      }),
      http.get(`${API}/assessment-frameworks/fw-2`, () =>
        HttpResponse.json(makeFramework({ id: 'fw-2', version: '2026.2', status: 'draft', publishedAt: null })),
      ),
    )
    const { user, router } = renderApp('/frameworks')
    const form = within(await screen.findByRole('form', { name: 'Nieuwe versie inlezen' }))
    await user.click(form.getByRole('button', { name: 'Als concept inlezen' }))
    expect(form.getByLabelText(/^Inhoud \(JSON\)/)).toHaveAccessibleDescription(/Kies een bestand of plak de inhoud\./)

    await user.click(form.getByLabelText(/^Inhoud \(JSON\)/))
    await user.paste('{"code": "beoordelingskader", ')
    await user.click(form.getByRole('button', { name: 'Als concept inlezen' }))
    expect(form.getByLabelText(/^Inhoud \(JSON\)/)).toHaveAccessibleDescription(/Dit is geen geldige JSON/)
    expect(posted).toHaveLength(0)

    await user.click(form.getByLabelText(/^Inhoud \(JSON\)/))
    await user.paste('"version": "2026.2"}')
    await user.click(form.getByRole('button', { name: 'Als concept inlezen' }))
    const alert = await form.findByRole('alert')
    expect(alert).toHaveTextContent('Er zijn 2 problemen gevonden')
    expect(alert).toHaveTextContent('indicators[3].questions: indicator D1 has no guidance question for police')
    expect(posted[0]).toEqual({ code: 'beoordelingskader', version: '2026.2' })

    await user.click(form.getByRole('button', { name: 'Als concept inlezen' }))
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/frameworks/fw-2'))
    expect(await screen.findByTestId('framework-status')).toHaveTextContent('Concept')
  })

  test('the family guide names topics, not indicators; the police guide names the indicators', async () => {
    server.use(...signedInAs(makeAssessor('regisseur')), ...frameworkPages(() => makeFramework()))
    const first = renderApp('/frameworks/fw-1/guide/family_network')
    expect(await screen.findByRole('heading', { level: 1, name: 'Gespreksleidraad: Gezin en netwerk' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Onderwerp 1' })).toBeInTheDocument()
    expect(screen.getByText('Gezinsvraag over D1?')).toBeInTheDocument()
    expect(screen.queryByText(/Dreiging/)).not.toBeInTheDocument()
    expect(screen.queryByText(/Intentie en gedrag/)).not.toBeInTheDocument()
    expect(screen.queryByText('Politievraag over D1?')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Afdrukken' })).toBeInTheDocument()
    first.unmount()

    renderApp('/frameworks/fw-1/guide/police')
    expect(await screen.findByRole('heading', { level: 3, name: 'D1 Dreiging / intentie' })).toBeInTheDocument()
    expect(screen.getByText('Politievraag over D1?')).toBeInTheDocument()
    expect(screen.queryByText('Gezinsvraag over D1?')).not.toBeInTheDocument()
  })
})
