import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import type { Me } from '../../lib/api/types'
import { makeMe } from '../../test/fixtures'
import { API, problem } from '../../test/handlers'
import { renderApp } from '../../test/renderApp'
import { server } from '../../test/server'

async function fillAndSubmit(user: ReturnType<typeof renderApp>['user']) {
  await user.type(await screen.findByLabelText('Gebruikersnaam'), 'regisseur')
  await user.type(screen.getByLabelText('Wachtwoord'), 'een-heel-goed-wachtwoord')
  await user.click(screen.getByRole('button', { name: 'Inloggen' }))
}

describe('login', () => {
  test('an unauthenticated visit goes to /login, remembering where it was headed', async () => {
    const { router } = renderApp('/account')
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/login')
    expect(router.state.location.search).toBe('?next=%2Faccount')
  })

  test('success navigates home and shows the user name', async () => {
    const me = makeMe('regisseur', { displayName: 'Rik Regisseur' })
    let loggedIn = false
    let sentBody: unknown
    server.use(
      http.post(`${API}/auth/login`, async ({ request }) => {
        sentBody = await request.json()
        loggedIn = true
        return HttpResponse.json<Me>(me)
      }),
      http.get(`${API}/me`, () => (loggedIn ? HttpResponse.json(me) : problem(401, 'Not authenticated'))),
    )
    const { user, router } = renderApp('/login')
    await fillAndSubmit(user)

    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Rik Regisseur' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/')
    expect(screen.getByTestId('current-actor')).toHaveTextContent('Rik Regisseur, Gemeente Amsterdam')
    expect(sentBody).toEqual({ username: 'regisseur', password: 'een-heel-goed-wachtwoord' })
  })

  test('a 401 shows that the username or password is wrong', async () => {
    server.use(http.post(`${API}/auth/login`, () => problem(401, 'Invalid credentials')))
    const { user, router } = renderApp('/login')
    await fillAndSubmit(user)

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('De gebruikersnaam of het wachtwoord is onjuist.')
    expect(router.state.location.pathname).toBe('/login')
  })

  test('a 429 tells how many minutes to wait (from Retry-After)', async () => {
    server.use(
      http.post(`${API}/auth/login`, () => problem(429, 'Too many attempts', {}, { 'Retry-After': '270' })),
    )
    const { user } = renderApp('/login')
    await fillAndSubmit(user)

    expect(await screen.findByRole('alert')).toHaveTextContent('Wacht 5 minuten en probeer het dan opnieuw.')
  })

  test('empty fields are reported next to the fields, without calling the server', async () => {
    const { user } = renderApp('/login')
    await user.click(await screen.findByRole('button', { name: 'Inloggen' }))
    expect(screen.getByLabelText('Gebruikersnaam')).toHaveAccessibleDescription(/Vul uw gebruikersnaam in\./)
    expect(screen.getByLabelText('Wachtwoord')).toHaveAttribute('aria-invalid', 'true')
  })
})
