import { withCsrfToken } from '../../../lib/api/csrf'
import { ifMatch, unwrap } from '../../../lib/api/problem'
import { fetchWithSessionRenewal } from '../../../lib/api/session'

type Options = { body?: unknown; version?: number; query?: Record<string, string | number | boolean | undefined> }

/**
 * JSON call for the meeting operations, with the same session renewal, CSRF token and problem handling as the typed
 * client. Used until the generated schema carries these paths.
 */
export async function request<T>(method: 'GET' | 'POST' | 'PATCH' | 'PUT', path: string, options: Options = {}): Promise<T> {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value))
  }
  const url = `/api/v1${path}${params.size ? `?${params}` : ''}`
  const headers = new Headers({ Accept: 'application/json' })
  if (options.body !== undefined) headers.set('Content-Type', 'application/json')
  if (options.version !== undefined) headers.set('If-Match', ifMatch(options.version))
  const init: RequestInit = { method, headers, credentials: 'same-origin' }
  if (options.body !== undefined) init.body = JSON.stringify(options.body)
  const response = await fetchWithSessionRenewal(withCsrfToken(new Request(url, init)))
  const text = response.status === 204 ? '' : await response.text()
  let data: unknown
  try {
    data = text ? JSON.parse(text) : undefined
  } catch {
    data = undefined
  }
  return unwrap<T>(response.ok ? { data: data as T, response } : { error: data, response })
}

/** A path segment, encoded. */
export const seg = encodeURIComponent
