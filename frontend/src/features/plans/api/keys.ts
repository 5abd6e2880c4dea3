import type { QueryClient } from '@tanstack/react-query'
import type { AttentionFilters, Plan } from './planTypes'
import type { InterventionFilters } from './types'

export const planKeys = {
  interventions: ['interventions'] as const,
  interventionList: (filters: InterventionFilters) => ['interventions', 'list', filters] as const,
  intervention: (id: string) => ['interventions', 'detail', id] as const,
  plans: ['plans'] as const,
  casePlans: (caseId: string) => ['plans', 'case', caseId] as const,
  details: ['plans', 'detail'] as const,
  plan: (id: string) => ['plans', 'detail', id] as const,
  diffs: (id: string) => ['plans', 'diff', id] as const,
  diff: (id: string, against?: string) => ['plans', 'diff', id, against ?? null] as const,
  attentionAll: ['plans', 'attention'] as const,
  attention: (filters: AttentionFilters) => ['plans', 'attention', filters] as const,
}

/** The case detail carries stalledActionCount and overdueGoalCount; the cases feature caches it under ['cases']. */
export const CASES_QUERY_PREFIX = ['cases'] as const
const caseDetailKey = (caseId: string) => [...CASES_QUERY_PREFIX, 'detail', caseId] as const

/** After any change to a plan: the plan itself, its case's version list, the case (its counts) and the attention list. */
export function refreshAfterPlanChange(queryClient: QueryClient, plan: Plan) {
  queryClient.setQueryData(planKeys.plan(plan.id), plan)
  void queryClient.invalidateQueries({ queryKey: planKeys.plan(plan.id) })
  void queryClient.invalidateQueries({ queryKey: planKeys.casePlans(plan.caseId) })
  void queryClient.invalidateQueries({ queryKey: planKeys.diffs(plan.id) })
  void queryClient.invalidateQueries({ queryKey: planKeys.attentionAll })
  void queryClient.invalidateQueries({ queryKey: caseDetailKey(plan.caseId), exact: true })
}
