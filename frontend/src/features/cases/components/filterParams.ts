import { CASE_SORTS, CASE_STATUSES, DISTRICTS, IDEOLOGIES, isEscalationLevel, isOneOf } from '../../../lib/api/enums'
import type { CaseFilters } from '../api/listCases'

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Filters from the address bar (so a filtered list can be shared and the back button works); nonsense is dropped. */
export function filtersFromParams(params: URLSearchParams): CaseFilters {
  const filters: CaseFilters = {}
  const q = params.get('q')?.trim()
  if (q) filters.q = q
  const status = params.get('status')
  if (status && isOneOf(CASE_STATUSES, status)) filters.status = status
  const level = params.get('escalationLevel')
  if (level && /^\d$/.test(level) && isEscalationLevel(Number(level))) filters.escalationLevel = Number(level)
  const ideology = params.get('ideology')
  if (ideology && isOneOf(IDEOLOGIES, ideology)) filters.ideology = ideology
  const district = params.get('district')
  if (district && isOneOf(DISTRICTS, district)) filters.district = district
  const openedFrom = params.get('openedFrom')
  if (openedFrom && DATE.test(openedFrom)) filters.openedFrom = openedFrom
  const openedTo = params.get('openedTo')
  if (openedTo && DATE.test(openedTo)) filters.openedTo = openedTo
  const sort = params.get('sort')
  if (sort && isOneOf(CASE_SORTS, sort)) filters.sort = sort
  return filters
}

/** The same filters as a query string, in a fixed order and without empty values. */
export function paramsFromFilters(filters: CaseFilters): URLSearchParams {
  const params = new URLSearchParams()
  const order = ['q', 'status', 'escalationLevel', 'ideology', 'district', 'openedFrom', 'openedTo', 'sort'] as const
  for (const key of order) {
    const value = filters[key]
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
  }
  return params
}
