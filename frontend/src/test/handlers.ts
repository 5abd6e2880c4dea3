import { http, HttpResponse } from 'msw'
import type { Me, Problem } from '../lib/api/types'

export const API = '*/api/v1'

export function problem(status: number, title: string, extra: Partial<Problem> = {}, headers: HeadersInit = {}) {
  return HttpResponse.json<Problem>(
    { type: 'about:blank', title, status, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  )
}

/** Signed out by default: /me and /auth/refresh answer 401. */
export const defaultHandlers = [
  http.get(`${API}/me`, () => problem(401, 'Not authenticated')),
  http.post(`${API}/auth/refresh`, () => problem(401, 'Not authenticated')),
  http.post(`${API}/auth/logout`, () => new HttpResponse(null, { status: 204 })),
]

/** Handlers for a signed-in actor. */
export function signedInAs(me: Me) {
  return [http.get(`${API}/me`, () => HttpResponse.json(me))]
}
