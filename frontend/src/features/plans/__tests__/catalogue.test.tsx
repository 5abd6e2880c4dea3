import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test, vi } from 'vitest'
import { API, signedInAs } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'
import { makeIntervention, makePlanActor } from './fixtures'

const CATALOGUE = [
  makeIntervention(),
  makeIntervention({ id: 'int-2', code: 'INT-2', name: { nl: 'Gebiedsverbod', en: 'Area ban' }, type: 'administrative', voluntary: false }),
]

describe('the intervention catalogue', () => {
  test('search and filters go to the server as query parameters', async () => {
    const searches: URLSearchParams[] = []
    server.use(
      ...signedInAs(makePlanActor('regisseur')),
      http.get(`${API}/interventions`, ({ request }) => {
        const params = new URL(request.url).searchParams
        searches.push(params)
        return HttpResponse.json(params.get('type') === 'administrative' ? CATALOGUE.slice(1) : CATALOGUE)
      }),
    )
    const { user } = renderApp('/')
    await user.click(await screen.findByRole('link', { name: 'Instrumentenkoffer' }))
    const table = await screen.findByRole('table', { name: 'Interventies in de instrumentenkoffer' })
    expect(within(table).getAllByRole('row')).toHaveLength(3)
    expect(screen.queryByRole('link', { name: 'Nieuwe interventie' })).not.toBeInTheDocument()

    await user.type(screen.getByLabelText('Zoeken'), 'verbod')
    await user.selectOptions(screen.getByLabelText('Soort interventie'), 'Bestuurlijke maatregel')
    await user.selectOptions(screen.getByLabelText('Dimensie'), 'vulnerability')
    await user.type(screen.getByLabelText('Indicator'), 'a1')
    await user.type(screen.getByLabelText('Leeftijd'), '17')
    await user.click(screen.getByRole('checkbox', { name: 'Ook ingetrokken interventies' }))
    await user.click(screen.getByRole('button', { name: 'Filteren' }))
    await vi.waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2))
    const last = Object.fromEntries(searches.at(-1) ?? [])
    expect(last).toEqual({ q: 'verbod', type: 'administrative', dimension: 'vulnerability', indicator: 'A1', age: '17', includeRetired: 'true' })
  })

  test('the detail shows the retired and sunset notices; a coordinator may retire with a reason', async () => {
    let retired: unknown
    let item = makeIntervention({ sunsetOn: '2027-03-01' })
    server.use(
      ...signedInAs(makePlanActor('coordinator')),
      http.get(`${API}/interventions/int-1`, () => HttpResponse.json(item)),
      http.post(`${API}/interventions/int-1/retire`, async ({ request }) => {
        retired = await request.json()
        item = { ...item, retiredAt: '2026-05-01T09:00:00Z', retiredReason: 'Vervangen door INT-9' }
        return HttpResponse.json(item)
      }),
    )
    const { user } = renderApp('/interventions/int-1')
    expect(await screen.findByRole('heading', { name: 'Mentortraject', level: 1 })).toBeInTheDocument()
    expect(screen.getByText(/Deze interventie vervalt per 1 mrt 2027/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Intrekken' }))
    const dialog = within(screen.getByRole('dialog'))
    await user.type(dialog.getByLabelText(/Reden/), 'Vervangen door INT-9')
    await user.click(dialog.getByRole('button', { name: 'Interventie intrekken' }))
    expect(await screen.findByText(/Ingetrokken op 1 mei 2026: Vervangen door INT-9/)).toBeInTheDocument()
    expect(retired).toEqual({ reason: 'Vervangen door INT-9' })
    expect(screen.queryByRole('button', { name: 'Intrekken' })).not.toBeInTheDocument()
  })
})
