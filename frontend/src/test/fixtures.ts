import type {
  AuditEvent,
  CaseDetail,
  CaseSummary,
  JournalEntry,
  Me,
  Organisation,
  Person,
  PersonMatch,
  ProcessDefinition,
  Role,
  User,
} from '../lib/api/types'

const CASE_DIRECTION = [
  'cases:read',
  'cases:create',
  'cases:manage',
  'journal:write',
  'persons:read',
  'persons:manage',
  'persons:reveal-bsn',
]
const CASE_PARTNER = ['cases:read', 'journal:write', 'persons:read']

/** As the server's policy, except that organisations:read is left to the tests that need it. */
const PERMISSIONS_BY_ROLE: Record<Role, string[]> = {
  admin: ['organisations:read', 'organisations:manage', 'users:read', 'users:manage'],
  coordinator: CASE_DIRECTION,
  regisseur: CASE_DIRECTION,
  partner: CASE_PARTNER,
  police: [...CASE_PARTNER, 'persons:reveal-bsn'],
  analyst: [],
  privacy_officer: ['audit:read'],
}

export function makeMe(role: Role, overrides: Partial<Me> = {}): Me {
  return {
    actorType: 'user',
    id: `user-${role}`,
    username: role,
    displayName: role === 'admin' ? 'Anna Admin' : 'Rik Regisseur',
    organisation: { id: 'org-1', name: 'Gemeente Amsterdam', kind: 'municipality' },
    roles: [role],
    permissions: ['me:read', 'me:password', 'process:read', ...PERMISSIONS_BY_ROLE[role]],
    ...overrides,
  }
}

export function makeOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    id: 'org-1',
    name: 'Gemeente Amsterdam',
    shortName: 'GA',
    kind: 'municipality',
    active: true,
    createdAt: '2026-01-05T09:00:00Z',
    updatedAt: '2026-01-05T09:00:00Z',
    version: 1,
    ...overrides,
  }
}

export function makeUser(overrides: Partial<User> = {}): User {
  return {
    id: 'user-7',
    username: 'jdevries',
    displayName: 'Jan de Vries',
    email: 'j.devries@example.org',
    organisationId: 'org-1',
    organisationName: 'Gemeente Amsterdam',
    roles: ['regisseur'],
    team: null,
    active: true,
    activationPending: false,
    lastLoginAt: null,
    createdAt: '2026-01-05T09:00:00Z',
    updatedAt: '2026-01-05T09:00:00Z',
    version: 3,
    ...overrides,
  }
}

export function makeAuditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    seq: 1,
    occurredAt: '2026-01-05T09:00:00Z',
    actorType: 'user',
    actorId: 'user-admin',
    organisationId: 'org-1',
    action: 'user.created',
    recordType: 'user',
    recordId: 'user-7',
    subjectPersonId: null,
    outcome: 'success',
    clientAddress: '127.0.0.1',
    requestId: 'req-1',
    ...overrides,
  }
}

/** The lifecycle table of the backend (domain/case/lifecycle.py). */
export function makeProcess(): ProcessDefinition {
  const closing = ['goals_achieved', 'handed_over', 'moved_away', 'deceased', 'other'] as const
  return {
    states: [
      { code: 'referred', final: false },
      { code: 'screening', final: false },
      { code: 'weighing', final: false },
      { code: 'intake', final: false },
      { code: 'case_conference', final: false },
      { code: 'active', final: false },
      { code: 'paused', final: false },
      { code: 'aftercare', final: false },
      { code: 'closed', final: true },
      { code: 'transferred', final: true },
    ],
    transitions: [
      { name: 'start_screening', fromStatus: 'referred', toStatus: 'screening', closureReasons: [] },
      { name: 'dismiss', fromStatus: 'referred', toStatus: 'closed', closureReasons: ['no_action'] },
      { name: 'start_weighing', fromStatus: 'screening', toStatus: 'weighing', closureReasons: [] },
      { name: 'request_more_information', fromStatus: 'weighing', toStatus: 'screening', closureReasons: [] },
      { name: 'include', fromStatus: 'weighing', toStatus: 'intake', closureReasons: [] },
      { name: 'decide_no_action', fromStatus: 'weighing', toStatus: 'closed', closureReasons: ['no_action'] },
      { name: 'refer_to_regular_care', fromStatus: 'weighing', toStatus: 'closed', closureReasons: ['regular_care'] },
      { name: 'refer_to_criminal_track', fromStatus: 'weighing', toStatus: 'closed', closureReasons: ['criminal_track'] },
      { name: 'convene_case_conference', fromStatus: 'intake', toStatus: 'case_conference', closureReasons: [] },
      { name: 'approve_plan', fromStatus: 'case_conference', toStatus: 'active', closureReasons: [] },
      { name: 'start_aftercare', fromStatus: 'active', toStatus: 'aftercare', closureReasons: [] },
      { name: 'pause', fromStatus: 'active', toStatus: 'paused', closureReasons: [] },
      { name: 'transfer', fromStatus: 'active', toStatus: 'transferred', closureReasons: [] },
      { name: 'resume', fromStatus: 'paused', toStatus: 'active', closureReasons: [] },
      { name: 'close', fromStatus: 'aftercare', toStatus: 'closed', closureReasons: [...closing] },
      { name: 'concern_returns', fromStatus: 'aftercare', toStatus: 'active', closureReasons: [] },
      { name: 'reopen', fromStatus: 'closed', toStatus: null, closureReasons: [] },
    ],
    escalationLevels: [0, 1, 2, 3],
  }
}

export function makeCaseSummary(overrides: Partial<CaseSummary> = {}): CaseSummary {
  return {
    id: 'case-1',
    reference: 'RAD-2026-0042',
    status: 'weighing',
    escalationLevel: 1,
    ideology: 'jihadist',
    personName: 'Sami el Amrani',
    district: 'nieuw_west',
    regisseurName: 'Rik Regisseur',
    openedAt: '2026-02-03T09:00:00Z',
    updatedAt: '2026-02-10T14:30:00Z',
    openAlertCount: 0,
    nextReviewOn: null,
    ...overrides,
  }
}

export function makeCaseDetail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: 'case-1',
    reference: 'RAD-2026-0042',
    status: 'weighing',
    escalationLevel: 1,
    ideology: 'jihadist',
    person: { id: 'person-1', fullName: 'Sami el Amrani', dateOfBirth: '2008-05-17', district: 'nieuw_west', bsnMasked: '*****6782' },
    regisseur: { id: 'user-regisseur', displayName: 'Rik Regisseur' },
    referral: {
      sourceOrganisationId: 'org-3',
      sourceOrganisationName: 'Leerplicht Amsterdam',
      referrerName: 'Lotte Leerplicht',
      referredOn: '2026-02-02',
      description: 'Deelt extremistische video’s in de klassenapp.',
      reasonForConcern: 'Snelle verandering in gedrag en contacten.',
    },
    openedAt: '2026-02-03T09:00:00Z',
    closedAt: null,
    closureReason: null,
    previousCaseId: null,
    linkedCases: [],
    statusHistory: [
      {
        fromStatus: null,
        toStatus: 'referred',
        transition: null,
        reason: 'Melding ontvangen',
        closureReason: null,
        decisionReference: null,
        actorName: 'Cor Coördinator',
        at: '2026-02-03T09:00:00Z',
      },
      {
        fromStatus: 'referred',
        toStatus: 'screening',
        transition: 'start_screening',
        reason: 'Informatie verzamelen bij school',
        closureReason: null,
        decisionReference: null,
        actorName: 'Cor Coördinator',
        at: '2026-02-04T10:00:00Z',
      },
      {
        fromStatus: 'screening',
        toStatus: 'weighing',
        transition: 'start_weighing',
        reason: 'Naar het woensdagochtendoverleg',
        closureReason: null,
        decisionReference: null,
        actorName: 'Cor Coördinator',
        at: '2026-02-09T10:00:00Z',
      },
    ],
    levelHistory: [
      {
        fromLevel: 0,
        toLevel: 1,
        reason: 'Bespreken in het casusoverleg',
        decisionReference: 'WO-2026-07',
        criteria: [],
        actorName: 'Cor Coördinator',
        at: '2026-02-10T11:00:00Z',
      },
    ],
    participants: [
      {
        id: 'participant-1',
        organisationId: 'org-2',
        organisationName: 'Politie Eenheid Amsterdam',
        role: 'core_partner',
        contactName: 'Priya Politie',
        startedAt: '2026-02-05T08:00:00Z',
        endedAt: null,
        endReason: null,
      },
    ],
    timeInState: [
      { status: 'referred', enteredAt: '2026-02-03T09:00:00Z', leftAt: '2026-02-04T10:00:00Z', seconds: 90_000 },
      { status: 'screening', enteredAt: '2026-02-04T10:00:00Z', leftAt: '2026-02-09T10:00:00Z', seconds: 432_000 },
      { status: 'weighing', enteredAt: '2026-02-09T10:00:00Z', leftAt: null, seconds: 172_800 },
    ],
    nextPossibleTransitions: [
      { name: 'request_more_information', toStatus: 'screening', closureReasons: [] },
      { name: 'include', toStatus: 'intake', closureReasons: [] },
      { name: 'decide_no_action', toStatus: 'closed', closureReasons: ['no_action'] },
    ],
    allowedActions: { manage: true, writeJournal: true, escalate: true },
    openAlertCount: 0,
    nextReviewOn: null,
    planInForceId: null,
    stalledActionCount: 0,
    overdueGoalCount: 0,
    version: 4,
    updatedAt: '2026-02-10T11:00:00Z',
    ...overrides,
  }
}

export function makePerson(overrides: Partial<Person> = {}): Person {
  return {
    id: 'person-1',
    firstNames: 'Sami',
    prefix: 'el',
    surname: 'Amrani',
    fullName: 'Sami el Amrani',
    dateOfBirth: '2008-05-17',
    gender: 'male',
    address: { street: 'Osdorpplein', houseNumber: '12', postcode: '1068 AB', city: 'Amsterdam' },
    district: 'nieuw_west',
    bsnMasked: '*****6782',
    externalIds: [{ system: 'VHAA', value: 'P-778812' }],
    relations: [{ id: 'relation-1', relatedPersonId: 'person-2', relatedPersonName: 'Fatima el Amrani', relation: 'parent' }],
    cases: [{ id: 'case-1', reference: 'RAD-2026-0042', status: 'weighing', openedAt: '2026-02-03T09:00:00Z', closedAt: null }],
    version: 2,
    ...overrides,
  }
}

export function makePersonMatch(overrides: Partial<PersonMatch> = {}): PersonMatch {
  return {
    personId: 'person-1',
    fullName: 'Sami el Amrani',
    dateOfBirth: '2008-05-17',
    district: 'nieuw_west',
    bsnMatch: false,
    cases: [{ id: 'case-old', reference: 'RAD-2024-0007', status: 'closed', openedAt: '2024-03-01T09:00:00Z', closedAt: '2024-11-01T09:00:00Z' }],
    ...overrides,
  }
}

export function makeJournalEntry(overrides: Partial<JournalEntry> = {}): JournalEntry {
  return {
    id: 'entry-1',
    occurredOn: '2026-02-06',
    writtenAt: '2026-02-06T15:00:00Z',
    authorName: 'Rik Regisseur',
    organisationName: 'Gemeente Amsterdam',
    category: 'contact',
    visibility: 'case_team',
    body: 'Gesprek met moeder gevoerd.',
    summary: null,
    restricted: false,
    correctsEntryId: null,
    ...overrides,
  }
}
