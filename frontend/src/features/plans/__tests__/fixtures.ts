import { http, HttpResponse } from 'msw'
import { API, signedInAs } from '../../../test/handlers'
import { makeMe, makeOrganisation } from '../../../test/fixtures'
import type { Role } from '../../../lib/api/types'
import type { Intervention, PlanSummary, PlanVersion } from '../api/types'

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

/** The parts of the basis assessment the editor shows. */
const BASIS = {
  id: 'assessment-2',
  assessedOn: '2026-03-01',
  organisationName: 'Gemeente Amsterdam',
  proposedLevel: 'elevated',
  finalLevel: 'high',
  ratings: [
    { code: 'A1', presence: 'present' },
    { code: 'B2', presence: 'absent' },
  ],
  formulation: { drivers: 'Zoekt erkenning.', inhibitors: 'Betrokken ouders.', destabilisers: '', protectiveAnchors: 'Mentor op school.' },
}

export function makePlan(overrides: Partial<PlanVersion> = {}): PlanVersion {
  return {
    id: 'plan-1',
    caseId: 'case-1',
    number: 1,
    status: 'draft',
    basedOnAssessmentId: 'assessment-2',
    interpretation: 'Zoekt erkenning online.',
    protectiveFactors: [],
    goals: [
      { id: 'goal-1', text: 'Heeft een vaste dagbesteding', indicatorCodes: ['A1'], targetOn: '2026-09-01', status: 'open', note: '' },
    ],
    actions: [],
    contingency: 'Bij nieuwe dreigende uitingen opnieuw opschalen.',
    evaluationOn: '2026-10-01',
    authorId: 'user-regisseur',
    authorName: 'Rik Regisseur',
    createdAt: '2026-04-01T09:00:00Z',
    submittedAt: null,
    approvedAt: null,
    approvedBy: null,
    approvalNote: null,
    decisionReference: null,
    version: 3,
    allowed: { edit: true, submit: false, approve: false, withdraw: false },
    suggestions: [
      {
        indicatorCode: 'A1',
        interventions: [
          {
            id: 'int-1',
            code: 'INT-1',
            name: { nl: 'Mentortraject', en: 'Mentoring' },
            conditions: { nl: 'Instemming van de jongere.', en: 'Consent of the young person.' },
            type: 'mentoring_dialogue',
            voluntary: true,
          },
        ],
      },
    ],
    ...overrides,
  }
}

export function summaryOf(plan: PlanVersion): PlanSummary {
  const { id, caseId, number, status, authorName, createdAt, submittedAt, approvedAt, evaluationOn } = plan
  return { id, caseId, number, status, authorName, createdAt, submittedAt, approvedAt, evaluationOn }
}

/** Signed in as `role`, with one plan and its case's version list. */
export function planHandlers(role: Role, plan: () => PlanVersion, others: PlanVersion[] = []) {
  return [
    ...signedInAs(makePlanActor(role)),
    http.get(`${API}/plans/${plan().id}`, () => HttpResponse.json(plan())),
    http.get(`${API}/cases/case-1/plans`, () =>
      HttpResponse.json({
        items: [plan(), ...others].map(summaryOf).sort((a, b) => b.number - a.number),
        inForceId: [plan(), ...others].find((item) => item.status === 'approved')?.id ?? null,
      }),
    ),
    http.get(`${API}/organisations`, () =>
      HttpResponse.json({ items: [makeOrganisation(), makeOrganisation({ id: 'org-2', name: 'Stichting Mentor' })], nextCursor: null }),
    ),
    http.get(`${API}/interventions/int-1`, () => HttpResponse.json(makeIntervention())),
    http.get(`${API}/assessments/assessment-2`, () => HttpResponse.json(BASIS)),
  ]
}
