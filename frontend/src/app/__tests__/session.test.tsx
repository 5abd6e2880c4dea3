import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test, vi } from 'vitest'
import { makeMe } from '../../test/fixtures'
import { API, problem, signedInAs } from '../../test/handlers'
import { renderApp } from '../../test/renderApp'
import { server } from '../../test/server'

describe('session', () => {
  test('when the session cannot be renewed, the cache is emptied and the user goes to /login', async () => {
    server.use(
      ...signedInAs(makeMe('admin')),
      http.get(`${API}/organisations`, () => problem(401, 'Access token expired')),
    )
    const { router, queryClient } = renderApp('/admin/organisations?x=1')
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/login')
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/admin/organisations?x=1')}`)
    await vi.waitFor(() => expect(queryClient.getQueryCache().getAll()).toEqual([]))
  })

  test('logging out ends the session on the server and returns to /login', async () => {
    let loggedOut = false
    server.use(
      http.get(`${API}/me`, () => (loggedOut ? problem(401, 'Not authenticated') : HttpResponse.json(makeMe('admin')))),
      http.post(`${API}/auth/logout`, () => {
        loggedOut = true
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const { user, router, queryClient } = renderApp('/')
    await user.click(await screen.findByRole('button', { name: 'Uitloggen' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/login')
    expect(loggedOut).toBe(true)
    expect(queryClient.getQueryData(['me'])).toBeUndefined()
  })
})
