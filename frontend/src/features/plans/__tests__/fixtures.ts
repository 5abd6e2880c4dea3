import { http, HttpResponse } from 'msw'
import { API, signedInAs } from '../../../test/handlers'
import { makeCaseDetail, makeMe } from '../../../test/fixtures'
import type { Role } from '../../../lib/api/types'
import type { Action, Plan, PlanSummary } from '../api/planTypes'
import type { Intervention } from '../api/types'

const PLAN_PERMISSIONS: Record<string, string[]> = {
  coordinator: ['interventions:read', 'interventions:manage', 'plans:read', 'plans:write', 'plans:approve', 'actions:update'],
  regisseur: ['interventions:read', 'plans:read', 'plans:write', 'actions:update'],
  partner: ['interventions:read', 'plans:read', 'actions:update'],
}

export function makePlanActor(role: Role, overrides: Parameters<typeof makeMe>[1] = {}) {
  const me = makeMe(role, overrides)
  return { ...me, permissions: [...me.permissions, ...(PLAN_PERMISSIONS[role] ?? [])] }
}

export function makeIntervention(overrides: Partial<Intervention> = {}): Intervention {
  return {
    id: 'int-1',
    code: 'INT-1',
    name: { nl: 'Mentortraject', en: 'Mentoring' },
    description: { nl: 'Een mentor begeleidt de jongere.', en: 'A mentor supports the young person.' },
    goal: { nl: 'Weerbaarheid vergroten', en: 'Build resilience' },
    type: 'mentoring_dialogue',
    voluntary: true,
    targetDimensions: ['vulnerability'],
    targetIndicators: ['A1'],
    targetAge: { min: 12, max: 27, note: '' },
    provider: { organisationId: 'org-2', name: 'Stichting Mentor' },
    conditions: { nl: 'Instemming van de jongere.', en: 'Consent of the young person.' },
    processSteps: [{ nl: 'Kennismaking', en: 'Introduction' }],
    contact: 'mentor@example.org',
    legalBasis: { nl: '', en: '' },
    duration: { nl: '6 maanden', en: '6 months' },
    availability: 'available',
    evidenceNote: { nl: '', en: '' },
    sunsetOn: null,
    informationalOnly: false,
    retiredAt: null,
    retiredReason: null,
    version: 1,
    ...overrides,
  }
}

export function makeAction(overrides: Partial<Action> = {}): Action {
  return {
    id: 'action-1',
    intervention: null,
    customTitle: 'Gesprek met de leerplichtambtenaar',
    goalIds: ['goal-1'],
    responsibleOrganisationId: 'org-2',
    responsibleOrganisationName: 'Politie Eenheid Amsterdam',
    ownerName: 'Priya Politie',
    startOn: '2026-04-10',
    dueOn: '2026-06-01',
    status: 'running',
    statusReason: null,
    lastUpdateAt: null,
    externalReference: null,
    stalled: null,
    updates: [],
    canReportStatus: false,
    ...overrides,
  }
}

export function makePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'plan-1',
    caseId: 'case-1',
    caseReference: 'RAD-2026-0042',
    number: 1,
    status: 'draft',
    author: { id: 'user-regisseur', name: 'Rik Regisseur' },
    createdAt: '2026-04-01T09:00:00Z',
    updatedAt: '2026-04-01T09:00:00Z',
    submittedAt: null,
    approvedAt: null,
    approvedBy: null,
    approvalNote: null,
    decisionReference: null,
    basedOnAssessmentId: 'assessment-2',
    interpretation: 'Zoekt erkenning online.',
    interpretationWithheld: false,
    contingency: 'Bij nieuwe dreigende uitingen opnieuw opschalen.',
    contingencyWithheld: false,
    protectiveFactors: [],
    goals: [
      { id: 'goal-1', text: 'Heeft een vaste dagbesteding', indicatorCodes: ['A1'], targetOn: '2026-09-01', status: 'open', note: '', overdue: false },
    ],
    actions: [],
    actionsOmitted: 0,
    evaluationOn: '2026-10-01',
    suggestions: [
      {
        indicatorCode: 'A1',
        interventions: [
          {
            id: 'int-1',
            code: 'INT-1',
            name: { nl: 'Mentortraject', en: 'Mentoring' },
            type: 'mentoring_dialogue',
            retired: false,
            informationalOnly: false,
            conditions: { nl: 'Instemming van de jongere.', en: 'Consent of the young person.' },
            providerName: 'Stichting Mentor',
          },
        ],
      },
    ],
    allowed: { edit: true, submit: true, approve: false, withdraw: true, startNewVersion: false },
    version: 3,
    ...overrides,
  }
}

export function summaryOf(plan: Plan): PlanSummary {
  const { id, number, status, author, createdAt, submittedAt, approvedAt, evaluationOn } = plan
  return { id, number, status, author, createdAt, submittedAt, approvedAt, evaluationOn, goalCount: plan.goals.length, actionCount: plan.actions.length }
}

/** The case, with one organisation taking part now and one that stopped. */
export function makePlanCase() {
  const detail = makeCaseDetail({ status: 'active' })
  return {
    ...detail,
    participants: [
      ...detail.participants,
      { ...detail.participants[0], id: 'participant-2', organisationId: 'org-3', organisationName: 'Leerplicht Amsterdam', endedAt: '2026-03-01T09:00:00Z' },
    ],
    stalledActionCount: 2,
    overdueGoalCount: 1,
    planInForceId: null,
  }
}

/** Signed in as `role`, with one plan, its case's version list, the case and the catalogue. */
export function planHandlers(role: Role, plan: () => Plan, others: Plan[] = []) {
  return [
    ...signedInAs(makePlanActor(role)),
    http.get(`${API}/plans/${plan().id}`, () => HttpResponse.json(plan(), { headers: { ETag: `"${plan().version}"` } })),
    http.get(`${API}/cases/case-1/plans`, () =>
      HttpResponse.json({
        items: [plan(), ...others].map(summaryOf).sort((a, b) => b.number - a.number),
        inForceId: [plan(), ...others].find((item) => item.status === 'approved')?.id ?? null,
        canStart: false,
      }),
    ),
    http.get(`${API}/cases/case-1`, () => HttpResponse.json(makePlanCase())),
    http.get(`${API}/interventions`, () =>
      HttpResponse.json([
        makeIntervention(),
        makeIntervention({ id: 'int-2', code: 'INT-2', name: { nl: 'Gebiedsverbod', en: 'Area ban' }, type: 'administrative' }),
        makeIntervention({ id: 'int-3', code: 'INT-3', name: { nl: 'Oud traject', en: 'Old track' }, retiredAt: '2026-01-01T00:00:00Z' }),
      ]),
    ),
  ]
}
