import type { Middleware } from 'openapi-fetch'

export const CSRF_COOKIE = '__Host-casusregie-csrf'
export const CSRF_HEADER = 'X-CSRF-Token'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Reads the (deliberately JS-readable) double-submit CSRF cookie. */
export function readCsrfToken(cookies: string = document.cookie): string | null {
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === CSRF_COOKIE) return decodeURIComponent(value.join('='))
  }
  return null
}

/** Sets X-CSRF-Token on state-changing requests; leaves other requests alone. */
export function withCsrfToken(request: Request): Request {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return request
  const token = readCsrfToken()
  if (token) request.headers.set(CSRF_HEADER, token)
  return request
}

export const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    return withCsrfToken(request)
  },
}
