import { http, HttpResponse } from 'msw'
import type { Role } from '../../../lib/api/types'
import { makeCaseDetail, makeMe } from '../../../test/fixtures'
import { API, signedInAs } from '../../../test/handlers'
import type {
  AlertListItem,
  AssessmentDetail,
  AssessmentSummary,
  Audience,
  CrosswalkDetail,
  CrosswalkSummary,
  DimensionCode,
  DimensionProfile,
  FrameworkDetail,
  GuidanceQuestion,
  Indicator,
} from '../api/types'

/** The assessment permissions by role, as in the contract (domain/access/permissions.py). */
const ASSESSMENT_PERMISSIONS: Partial<Record<Role, string[]>> = {
  admin: ['frameworks:read', 'frameworks:manage'],
  coordinator: ['frameworks:read', 'frameworks:manage', 'assessments:read', 'assessments:write', 'alerts:acknowledge'],
  regisseur: ['frameworks:read', 'assessments:read', 'assessments:write'],
  partner: ['frameworks:read', 'assessments:read', 'assessments:write'],
  police: ['frameworks:read', 'assessments:read', 'assessments:write', 'alerts:acknowledge'],
  analyst: ['frameworks:read'],
}

export function makeAssessor(role: Role) {
  const me = makeMe(role)
  return { ...me, permissions: [...me.permissions, ...(ASSESSMENT_PERMISSIONS[role] ?? [])] }
}

const AUDIENCE_WORDS: Record<Audience, string> = {
  family_network: 'Gezinsvraag',
  professional: 'Professionalvraag',
  case_conference: 'Overlegvraag',
  police: 'Politievraag',
}

function questions(code: string): GuidanceQuestion[] {
  return (Object.keys(AUDIENCE_WORDS) as Audience[]).map((audience) => ({
    audience,
    purpose: 'explore',
    text: { nl: `${AUDIENCE_WORDS[audience]} over ${code}?`, en: `${audience} question on ${code}?` },
  }))
}

function indicator(code: string, dimension: DimensionCode, nl: string, overrides: Partial<Indicator> = {}): Indicator {
  return {
    code,
    dimension,
    label: { nl, en: `${nl} (en)` },
    definition: { nl: `Definitie van ${code}.`, en: `Definition of ${code}.` },
    examples: [{ nl: `Voorbeeld bij ${code}.`, en: `Example for ${code}.` }],
    counterIndicators: [{ nl: `Contra-indicatie bij ${code}.`, en: `Counter-indicator for ${code}.` }],
    acute: false,
    restricted: false,
    static: false,
    core: true,
    questions: questions(code),
    ...overrides,
  }
}

export function makeFramework(overrides: Partial<FrameworkDetail> = {}): FrameworkDetail {
  return {
    id: 'fw-1',
    code: 'beoordelingskader',
    version: '2026.1',
    name: { nl: 'Dynamisch beoordelingskader radicalisering', en: 'Dynamic assessment framework' },
    status: 'published',
    importedAt: '2026-01-02T09:00:00Z',
    publishedAt: '2026-01-03T09:00:00Z',
    indicatorCount: 4,
    changeLog: '2026.1: eerste versie.',
    dimensions: [
      { code: 'ideology', kind: 'risk', label: { nl: 'Denkbeelden', en: 'Beliefs' }, description: { nl: 'Over denkbeelden.', en: 'About beliefs.' } },
      {
        code: 'intent_behaviour',
        kind: 'risk',
        label: { nl: 'Intentie en gedrag', en: 'Intent and behaviour' },
        description: { nl: 'Over intentie en gedrag.', en: 'About intent.' },
      },
      {
        code: 'protective',
        kind: 'protective',
        label: { nl: 'Beschermende factoren', en: 'Protective factors' },
        description: { nl: 'Wat beschermt.', en: 'What protects.' },
      },
    ],
    indicators: [
      indicator('A1', 'ideology', 'Wij-zij denken'),
      indicator('A4', 'ideology', 'Ontmenselijking', { restricted: false }),
      indicator('D1', 'intent_behaviour', 'Dreiging / intentie', { acute: true }),
      indicator('P1', 'protective', 'Steunend gezin', { core: false }),
    ],
    rules: {
      unknownCoreThresholdPercent: 50,
      elevatedMinRiskDimensions: 2,
      highMinDimensionsWithHighRelevance: 2,
      increasingTrendIndicators: ['D1'],
      protectiveMinPresent: 3,
    },
    cadence: { daysByLevel: { insufficient_information: 28, low: 91, elevated: 56, high: 28, acute: 7 }, followUpMonthsAfterClosure: [6, 12] },
    ...overrides,
  }
}

export function makeProfile(dimension: DimensionCode, overrides: Partial<DimensionProfile> = {}): DimensionProfile {
  return {
    dimension,
    kind: dimension === 'protective' ? 'protective' : 'risk',
    present: 0,
    partly: 0,
    absent: 0,
    unknown: 2,
    presentHighRelevance: 0,
    increasing: 0,
    ...overrides,
  }
}

export function makeAssessmentSummary(overrides: Partial<AssessmentSummary> = {}): AssessmentSummary {
  return {
    id: 'assessment-1',
    caseId: 'case-1',
    type: 'intake',
    perspective: 'municipality',
    status: 'draft',
    assessedOn: '2026-02-12',
    frameworkId: 'fw-1',
    frameworkVersion: '2026.1',
    organisationId: 'org-1',
    organisationName: 'Gemeente Amsterdam',
    proposedLevel: 'insufficient_information',
    finalLevel: null,
    nextReviewOn: null,
    submittedAt: null,
    profiles: [makeProfile('ideology'), makeProfile('intent_behaviour', { unknown: 1 }), makeProfile('protective', { unknown: 1 })],
    ...overrides,
  }
}

export function makeAssessment(overrides: Partial<AssessmentDetail> = {}): AssessmentDetail {
  return {
    ...makeAssessmentSummary(),
    assessors: ['Rik Regisseur'],
    informationCompleteness: 'partial',
    crosswalkId: null,
    ratings: [],
    externalRatings: [],
    derived: [],
    formulation: { drivers: '', inhibitors: '', destabilisers: '', protectiveAnchors: '' },
    scenarios: [],
    proposal: {
      level: 'insufficient_information',
      rulesVersion: 'beoordelingskader/2026.1',
      fired: [{ rule: 'core_unknown', level: 'insufficient_information', indicatorCodes: ['A1', 'A4', 'D1'], dimensions: [] }],
    },
    changesSincePrevious: [],
    rationale: null,
    agreements: [],
    allowed: { edit: true, submit: true },
    version: 3,
    ...overrides,
  }
}

/** The case page for an assessor: the case, an empty journal, and the given assessments and alerts. */
export function casePageHandlers(role: Role, options: { assessments?: () => AssessmentSummary[]; alerts?: () => unknown[] } = {}) {
  return [
    ...signedInAs(makeAssessor(role)),
    http.get(`${API}/cases/case-1`, () =>
      HttpResponse.json(makeCaseDetail({ allowedActions: { manage: false, writeJournal: false, escalate: false } })),
    ),
    http.get(`${API}/cases/case-1/journal-entries`, () => HttpResponse.json({ items: [], nextCursor: null })),
    http.get(`${API}/cases/case-1/assessments`, () => HttpResponse.json(options.assessments?.() ?? [])),
    http.get(`${API}/cases/case-1/alerts`, () => HttpResponse.json(options.alerts?.() ?? [])),
    http.get(`${API}/assessment-frameworks/fw-1`, () => HttpResponse.json(makeFramework())),
  ]
}

/** A police crosswalk onto makeFramework(): K, I and M items; P1 is not reached. */
export function makeCrosswalk(overrides: Partial<CrosswalkDetail> = {}): CrosswalkDetail {
  return {
    id: 'cw-1',
    externalModel: 'politie-kim',
    version: '2026.1',
    frameworkId: 'fw-1',
    frameworkVersion: '2026.1',
    entryCount: 5,
    importedAt: '2026-01-04T09:00:00Z',
    description: 'Illustratieve koppeling.',
    entries: [
      { externalCode: 'K1', externalLabel: 'Zoeken naar erbij horen', indicatorCode: 'A1', relation: 'broader' },
      { externalCode: 'K2', externalLabel: 'Ervaren onrecht', indicatorCode: 'A1', relation: 'partial' },
      { externalCode: 'I4', externalLabel: 'Dreigende uitingen', indicatorCode: 'D1', relation: 'equivalent' },
      { externalCode: 'I4', externalLabel: 'Dreigende uitingen', indicatorCode: 'A4', relation: 'partial' },
      { externalCode: 'M1', externalLabel: 'Eerder gepleegd geweld', indicatorCode: 'D1', relation: 'narrower' },
    ],
    ...overrides,
  }
}

export function crosswalkSummary(crosswalk: CrosswalkDetail): CrosswalkSummary {
  const { id, externalModel, version, frameworkId, frameworkVersion, entryCount, importedAt } = crosswalk
  return { id, externalModel, version, frameworkId, frameworkVersion, entryCount, importedAt }
}

/** The framework list with makeFramework() as the published version. */
export function frameworkListHandler() {
  return http.get(`${API}/assessment-frameworks`, () => {
    const { id, code, version, name, status, importedAt, publishedAt, indicatorCount } = makeFramework()
    return HttpResponse.json([{ id, code, version, name, status, importedAt, publishedAt, indicatorCount }])
  })
}

export function makeAlertListItem(overrides: Partial<AlertListItem> = {}): AlertListItem {
  return {
    id: 'alert-1',
    caseId: 'case-1',
    caseReference: 'RAD-2026-0042',
    assessmentId: 'assessment-2',
    indicatorCodes: ['D1'],
    raisedAt: '2026-03-01T10:00:00Z',
    acknowledgedAt: null,
    acknowledgedBy: null,
    routedTo: null,
    routingNote: null,
    ...overrides,
  }
}
