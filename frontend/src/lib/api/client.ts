import createClient from 'openapi-fetch'
import type { paths } from '../../api/schema'
import { csrfMiddleware } from './csrf'
import { fetchWithSessionRenewal } from './session'

/** The one typed API client; types come from the generated schema. */
export const api = createClient<paths>({
  baseUrl: '',
  credentials: 'same-origin',
  fetch: fetchWithSessionRenewal,
})

api.use(csrfMiddleware)
