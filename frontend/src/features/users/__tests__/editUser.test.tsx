import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import type { User } from '../../../lib/api/types'
import { makeMe, makeOrganisation, makeUser } from '../../../test/fixtures'
import { API, problem, signedInAs } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'

const organisations = http.get(`${API}/organisations`, () =>
  HttpResponse.json({ items: [makeOrganisation(), makeOrganisation({ id: 'org-2', name: 'Politie' })], nextCursor: null }),
)

describe('edit user', () => {
  test('sends If-Match with the loaded version, and after a 412 explains and reloads', async () => {
    let current = makeUser({ version: 3 })
    const ifMatch: (string | null)[] = []
    let patchBody: unknown
    server.use(
      ...signedInAs(makeMe('admin')),
      organisations,
      http.get(`${API}/users/user-7`, () => HttpResponse.json<User>(current)),
      http.patch(`${API}/users/user-7`, async ({ request }) => {
        ifMatch.push(request.headers.get('If-Match'))
        patchBody = await request.json()
        // Someone else saved first.
        current = makeUser({ version: 4, displayName: 'Jan de Vries-Bakker' })
        return problem(412, 'Precondition failed')
      }),
    )
    const { user } = renderApp('/admin/users/user-7')
    await screen.findByRole('heading', { level: 1, name: 'Jan de Vries' })

    await user.click(screen.getByRole('checkbox', { name: 'Coördinator' }))
    await user.click(screen.getByRole('button', { name: 'Opslaan' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Iemand anders heeft deze gegevens gewijzigd')
    expect(ifMatch).toEqual(['"3"'])
    expect(patchBody).toEqual({ roles: ['coordinator', 'regisseur'] })
    expect(await screen.findByRole('heading', { level: 1, name: 'Jan de Vries-Bakker' })).toBeInTheDocument()
    expect(screen.getByLabelText('Naam')).toHaveValue('Jan de Vries-Bakker')
    expect(screen.getByRole('checkbox', { name: 'Coördinator' })).not.toBeChecked()
  })

  test('a new activation code needs confirmation and is shown once', async () => {
    let issued = 0
    server.use(
      ...signedInAs(makeMe('admin')),
      organisations,
      http.get(`${API}/users/user-7`, () => HttpResponse.json<User>(makeUser())),
      http.post(`${API}/users/user-7/activation-codes`, () => {
        issued += 1
        return HttpResponse.json(
          { activationCode: 'K7PQ-9XRT-2MZD', activationExpiresAt: '2026-01-08T09:00:00Z' },
          { status: 201 },
        )
      }),
    )
    const { user } = renderApp('/admin/users/user-7')
    await user.click(await screen.findByRole('button', { name: 'Nieuwe activatiecode maken' }))
    expect(issued).toBe(0)
    await user.click(screen.getByRole('button', { name: 'Ja, maak een nieuwe code' }))

    expect(await screen.findByTestId('activation-code')).toHaveTextContent('K7PQ-9XRT-2MZD')
    expect(screen.getByText(/niet per e-mail/)).toBeInTheDocument()
    expect(issued).toBe(1)
  })

  test('the team is shown in the form and changed like any other field', async () => {
    let patchBody: unknown
    server.use(
      ...signedInAs(makeMe('admin')),
      organisations,
      http.get(`${API}/users/user-7`, () => HttpResponse.json<User>(makeUser({ team: 'Team West' }))),
      http.patch(`${API}/users/user-7`, async ({ request }) => {
        patchBody = await request.json()
        return HttpResponse.json<User>(makeUser({ team: 'Team Oost', version: 4 }))
      }),
    )
    const { user } = renderApp('/admin/users/user-7')
    const team = await screen.findByLabelText(/^Team/)
    expect(team).toHaveValue('Team West')
    await user.clear(team)
    await user.type(team, 'Team Oost')
    await user.click(screen.getByRole('button', { name: 'Opslaan' }))
    expect(await screen.findByText('De wijzigingen in de gebruiker zijn opgeslagen.')).toBeInTheDocument()
    expect(patchBody).toEqual({ team: 'Team Oost' })
  })
})
