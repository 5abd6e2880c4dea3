import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { makeMe, makeOrganisation } from '../../../test/fixtures'
import { API, problem } from '../../../test/handlers'
import { server } from '../../../test/server'
import { api } from '../client'
import { CSRF_COOKIE } from '../csrf'
import { setSessionExpiredHandler } from '../session'

function setCsrfCookie(value: string) {
  document.cookie = `${CSRF_COOKIE}=${value}; path=/; secure`
}

const newOrganisation = { name: 'Buurtteam Noord', kind: 'district' } as const

describe('API client', () => {
  let unregister = () => {}
  afterEach(() => unregister())

  test('sends X-CSRF-Token from the cookie on state-changing requests only, same-origin', async () => {
    setCsrfCookie('csrf-1')
    const seen: Record<string, string | null> = {}
    const credentials: string[] = []
    server.use(
      http.get(`${API}/me`, ({ request }) => {
        seen.get = request.headers.get('X-CSRF-Token')
        credentials.push(request.credentials)
        return HttpResponse.json(makeMe('admin'))
      }),
      http.post(`${API}/organisations`, ({ request }) => {
        seen.post = request.headers.get('X-CSRF-Token')
        credentials.push(request.credentials)
        return HttpResponse.json(makeOrganisation(), { status: 201 })
      }),
    )
    await api.GET('/api/v1/me')
    await api.POST('/api/v1/organisations', { body: newOrganisation })
    expect(seen).toEqual({ get: null, post: 'csrf-1' })
    expect(credentials).toEqual(['same-origin', 'same-origin'])
  })

  test('on a 401 refreshes once and retries once, with the rotated CSRF token', async () => {
    setCsrfCookie('old')
    const calls: string[] = []
    server.use(
      http.post(`${API}/auth/refresh`, ({ request }) => {
        calls.push(`refresh csrf=${request.headers.get('X-CSRF-Token')}`)
        setCsrfCookie('new')
        return HttpResponse.json(makeMe('admin'))
      }),
      http.post(`${API}/organisations`, async ({ request }) => {
        const csrf = request.headers.get('X-CSRF-Token')
        calls.push(`create csrf=${csrf} body=${JSON.stringify(await request.json())}`)
        return csrf === 'new'
          ? HttpResponse.json(makeOrganisation(), { status: 201 })
          : problem(401, 'Access token expired')
      }),
    )
    const { data, response } = await api.POST('/api/v1/organisations', { body: newOrganisation })
    expect(response.status).toBe(201)
    expect(data?.id).toBe('org-1')
    expect(calls).toEqual([
      `create csrf=old body=${JSON.stringify(newOrganisation)}`,
      'refresh csrf=old',
      `create csrf=new body=${JSON.stringify(newOrganisation)}`,
    ])
  })

  test('retries at most once: a second 401 is returned, not refreshed again', async () => {
    let refreshes = 0
    let gets = 0
    const expired = vi.fn()
    unregister = setSessionExpiredHandler(expired)
    server.use(
      http.post(`${API}/auth/refresh`, () => {
        refreshes += 1
        return HttpResponse.json(makeMe('admin'))
      }),
      http.get(`${API}/me`, () => {
        gets += 1
        return problem(401, 'Not authenticated')
      }),
    )
    const { response } = await api.GET('/api/v1/me')
    expect(response.status).toBe(401)
    expect({ refreshes, gets }).toEqual({ refreshes: 1, gets: 2 })
    expect(expired).not.toHaveBeenCalled()
  })

  test('when the refresh fails, reports the expired session and does not retry', async () => {
    let gets = 0
    const expired = vi.fn()
    unregister = setSessionExpiredHandler(expired)
    server.use(
      http.get(`${API}/me`, () => {
        gets += 1
        return problem(401, 'Not authenticated')
      }),
    )
    const { response } = await api.GET('/api/v1/me')
    expect(response.status).toBe(401)
    expect(gets).toBe(1)
    expect(expired).toHaveBeenCalledTimes(1)
  })

  test('a 401 from an auth call (wrong password) never triggers a refresh', async () => {
    let refreshes = 0
    server.use(
      http.post(`${API}/auth/refresh`, () => {
        refreshes += 1
        return HttpResponse.json(makeMe('admin'))
      }),
      http.post(`${API}/auth/login`, () => problem(401, 'Invalid credentials')),
    )
    const { response } = await api.POST('/api/v1/auth/login', { body: { username: 'x', password: 'y' } })
    expect(response.status).toBe(401)
    expect(refreshes).toBe(0)
  })

  test('concurrent 401s share a single refresh', async () => {
    setCsrfCookie('old')
    let refreshes = 0
    server.use(
      http.post(`${API}/auth/refresh`, async () => {
        refreshes += 1
        await new Promise((resolve) => setTimeout(resolve, 20))
        setCsrfCookie('new')
        return HttpResponse.json(makeMe('admin'))
      }),
      http.get(`${API}/organisations`, () =>
        document.cookie.includes('=new')
          ? HttpResponse.json({ items: [], nextCursor: null })
          : problem(401, 'Access token expired'),
      ),
    )
    const results = await Promise.all([api.GET('/api/v1/organisations'), api.GET('/api/v1/organisations')])
    expect(results.map((r) => r.response.status)).toEqual([200, 200])
    expect(refreshes).toBe(1)
  })
})
