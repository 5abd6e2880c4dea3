import type { AuditEvent, Me, Organisation, Role, User } from '../lib/api/types'

const PERMISSIONS_BY_ROLE: Record<Role, string[]> = {
  admin: ['organisations:read', 'organisations:manage', 'users:read', 'users:manage'],
  coordinator: [],
  regisseur: [],
  partner: [],
  police: [],
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
    permissions: ['me:read', 'me:password', ...PERMISSIONS_BY_ROLE[role]],
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
