import { act, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, test, vi } from 'vitest'
import type { Person } from '../../../lib/api/types'
import { makeMe, makePerson } from '../../../test/fixtures'
import { API, problem, signedInAs } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'

afterEach(() => {
  vi.useRealTimers()
})

describe('person page', () => {
  test('"Toon BSN" calls the reveal endpoint, shows the number, and hides it again after 30 seconds', async () => {
    let reveals = 0
    server.use(
      ...signedInAs(makeMe('coordinator')),
      http.get(`${API}/persons/person-1`, () => HttpResponse.json(makePerson())),
      http.post(`${API}/persons/person-1/bsn-reveals`, () => {
        reveals += 1
        return HttpResponse.json({ bsn: '123456782' })
      }),
    )
    // Fake clocks that still run, so the page loads as usual and the 30 seconds can be skipped.
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] })
    const { user } = renderApp('/persons/person-1')
    expect(await screen.findByRole('heading', { level: 1, name: 'Sami el Amrani' })).toBeInTheDocument()
    expect(screen.getByTestId('bsn-value')).toHaveTextContent('*****6782')
    expect(reveals).toBe(0)

    await user.click(screen.getByRole('button', { name: 'Toon BSN' }))
    await vi.waitFor(() => expect(screen.getByTestId('bsn-value')).toHaveTextContent('123456782'))
    expect(reveals).toBe(1)
    expect(screen.getByText('Het BSN wordt na 30 seconden weer verborgen.')).toBeInTheDocument()

    act(() => vi.advanceTimersByTime(29_000))
    expect(screen.getByTestId('bsn-value')).toHaveTextContent('123456782')
    act(() => vi.advanceTimersByTime(1_000))
    expect(screen.getByTestId('bsn-value')).toHaveTextContent('*****6782')
    expect(screen.getByRole('button', { name: 'Toon BSN' })).toBeInTheDocument()
  })

  test('without the reveal permission there is no button', async () => {
    server.use(
      ...signedInAs(makeMe('partner')),
      http.get(`${API}/persons/person-1`, () => HttpResponse.json(makePerson())),
    )
    renderApp('/persons/person-1')
    await screen.findByRole('heading', { level: 1, name: 'Sami el Amrani' })
    expect(screen.queryByRole('button', { name: 'Toon BSN' })).not.toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Gegevens wijzigen' })).not.toBeInTheDocument()
    expect(screen.getByRole('table', { name: 'Casussen van deze persoon' })).toHaveTextContent('RAD-2026-0042')
  })

  test('relations are added as new persons and removed', async () => {
    let added: unknown
    let removed = ''
    server.use(
      ...signedInAs(makeMe('coordinator')),
      http.get(`${API}/persons/person-1`, () => HttpResponse.json(makePerson())),
      http.post(`${API}/persons/person-1/relations`, async ({ request }) => {
        added = await request.json()
        return HttpResponse.json(
          { id: 'relation-2', relatedPersonId: 'person-3', relatedPersonName: 'Yusuf el Amrani', relation: 'sibling' },
          { status: 201 },
        )
      }),
      http.delete(`${API}/persons/person-1/relations/:relationId`, ({ params }) => {
        removed = String(params.relationId)
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const { user } = renderApp('/persons/person-1')
    const table = await screen.findByRole('table', { name: 'Relaties van deze persoon' })
    expect(within(table).getByRole('link', { name: 'Fatima el Amrani' })).toHaveAttribute('href', '/persons/person-2')

    const form = within(screen.getByRole('form', { name: 'Relatie toevoegen' }))
    await user.selectOptions(form.getByLabelText('Relatie'), 'sibling')
    await user.type(form.getByLabelText('Voornamen'), 'Yusuf')
    await user.type(form.getByLabelText(/^Tussenvoegsel/), 'el')
    await user.type(form.getByLabelText('Achternaam'), 'Amrani')
    await user.click(form.getByRole('button', { name: 'Relatie toevoegen' }))
    await vi.waitFor(() =>
      expect(added).toEqual({ relation: 'sibling', person: { firstNames: 'Yusuf', prefix: 'el', surname: 'Amrani' } }),
    )

    await user.click(within(table).getByRole('button', { name: 'Relatie met Fatima el Amrani verwijderen' }))
    await vi.waitFor(() => expect(removed).toBe('relation-1'))
  })

  test('the edit form sends only the changes, with If-Match; a 412 explains and reloads', async () => {
    let current: Person = makePerson()
    const ifMatch: (string | null)[] = []
    let body: unknown
    server.use(
      ...signedInAs(makeMe('coordinator')),
      http.get(`${API}/persons/person-1`, () => HttpResponse.json(current)),
      http.patch(`${API}/persons/person-1`, async ({ request }) => {
        ifMatch.push(request.headers.get('If-Match'))
        body = await request.json()
        current = makePerson({ version: 3, district: 'west' })
        return problem(412, 'Precondition failed')
      }),
    )
    const { user } = renderApp('/persons/person-1')
    const form = within(await screen.findByRole('form', { name: 'Gegevens wijzigen' }))
    await user.selectOptions(form.getByLabelText('Stadsdeel'), 'oost')
    await user.type(form.getByLabelText(/^BSN/), '111222333')
    await user.click(form.getByRole('button', { name: 'Opslaan' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Iemand anders heeft deze gegevens gewijzigd')
    expect(ifMatch).toEqual(['"2"'])
    expect(body).toEqual({ district: 'oost', bsn: '111222333' })
    await vi.waitFor(() =>
      expect(within(screen.getByRole('form', { name: 'Gegevens wijzigen' })).getByLabelText('Stadsdeel')).toHaveValue('west'),
    )
  })
})
