import { withCsrfToken } from './csrf'

const REFRESH_PATH = '/api/v1/auth/refresh'
/** Calls whose 401 means "wrong credentials", not "session expired". Logout is not among them:
 * ending the session on the server needs a live one, so an expired access token is renewed first. */
const CREDENTIAL_CALLS = new Set(['/api/v1/auth/login', REFRESH_PATH, '/api/v1/auth/activate'])

type SessionExpiredHandler = () => void
let onSessionExpired: SessionExpiredHandler = () => {}

/** The app registers what to do when the session cannot be renewed (clear cache, go to /login). */
export function setSessionExpiredHandler(handler: SessionExpiredHandler): () => void {
  onSessionExpired = handler
  return () => {
    if (onSessionExpired === handler) onSessionExpired = () => {}
  }
}

let refreshing: Promise<boolean> | null = null

/** One refresh at a time: concurrent 401s share the same POST /auth/refresh. */
function refreshSession(): Promise<boolean> {
  refreshing ??= globalThis
    .fetch(withCsrfToken(new Request(absolute(REFRESH_PATH), { method: 'POST', credentials: 'same-origin' })))
    .then((response) => response.ok)
    .catch(() => false)
    .finally(() => {
      refreshing = null
    })
  return refreshing
}

function absolute(path: string): string {
  return new URL(path, globalThis.location?.href ?? 'http://localhost/').toString()
}

function isCredentialCall(request: Request): boolean {
  return CREDENTIAL_CALLS.has(new URL(request.url).pathname)
}

/**
 * fetch for the API client: on a 401 (except from login, refresh and activation) renew the session once via
 * POST /auth/refresh and retry the request once; if renewal fails, report the expired session.
 */
export async function fetchWithSessionRenewal(request: Request): Promise<Response> {
  const retry = isCredentialCall(request) ? null : request.clone()
  const response = await globalThis.fetch(request)
  if (response.status !== 401 || !retry) return response

  if (!(await refreshSession())) {
    onSessionExpired()
    return response
  }
  // The refresh rotates the cookies, the CSRF token included.
  return globalThis.fetch(withCsrfToken(retry))
}
