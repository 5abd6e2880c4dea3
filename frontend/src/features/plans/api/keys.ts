import type { InterventionFilters } from './types'

export const planKeys = {
  interventions: ['interventions'] as const,
  interventionList: (filters: InterventionFilters) => ['interventions', 'list', filters] as const,
  intervention: (id: string) => ['interventions', 'detail', id] as const,
  plans: ['plans'] as const,
  casePlans: (caseId: string) => ['plans', 'case', caseId] as const,
  plan: (id: string) => ['plans', 'detail', id] as const,
  diff: (id: string, against?: string) => ['plans', 'diff', id, against ?? null] as const,
  attention: (filters: { organisationId?: string; regisseurId?: string }) => ['plans', 'attention', filters] as const,
  organisationOptions: ['plans', 'organisation-options'] as const,
  basis: (assessmentId: string) => ['plans', 'basis-assessment', assessmentId] as const,
}

/** The case detail carries stalledActionCount and overdueGoalCount; the cases feature caches it under ['cases']. */
export const CASES_QUERY_PREFIX = ['cases'] as const
