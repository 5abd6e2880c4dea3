import type { RatingInput } from './types'

export const assessmentKeys = {
  frameworks: ['assessment-frameworks'] as const,
  frameworkList: ['assessment-frameworks', 'list'] as const,
  framework: (id: string) => ['assessment-frameworks', 'detail', id] as const,
  proposal: (frameworkId: string, ratings: readonly RatingInput[]) => ['assessment-frameworks', 'proposal', frameworkId, ratings] as const,
  caseAssessments: (caseId: string) => ['assessments', 'case', caseId] as const,
  detail: (id: string) => ['assessments', 'detail', id] as const,
  comparison: (caseId: string) => ['assessments', 'comparison', caseId] as const,
  crosswalks: ['crosswalks'] as const,
  crosswalkList: ['crosswalks', 'list'] as const,
  crosswalk: (id: string) => ['crosswalks', 'detail', id] as const,
  alerts: ['alerts'] as const,
  caseAlerts: (caseId: string) => ['alerts', 'case', caseId] as const,
  openAlerts: ['alerts', 'open'] as const,
  overdue: (withinDays: number) => ['reviews', 'overdue', withinDays] as const,
}

/** The case detail and list carry openAlertCount and nextReviewOn; the cases feature caches them under ['cases']. */
export const CASES_QUERY_PREFIX = ['cases'] as const
