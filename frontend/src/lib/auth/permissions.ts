import type { Me } from '../api/types'

/** Permission strings as the server sends them in Me.permissions. */
export const PERMISSIONS = {
  organisationsRead: 'organisations:read',
  organisationsManage: 'organisations:manage',
  usersRead: 'users:read',
  usersManage: 'users:manage',
  auditRead: 'audit:read',
  processRead: 'process:read',
  casesRead: 'cases:read',
  casesCreate: 'cases:create',
  casesManage: 'cases:manage',
  journalWrite: 'journal:write',
  personsRead: 'persons:read',
  personsManage: 'persons:manage',
  personsRevealBsn: 'persons:reveal-bsn',
  frameworksRead: 'frameworks:read',
  frameworksManage: 'frameworks:manage',
  assessmentsRead: 'assessments:read',
  assessmentsWrite: 'assessments:write',
  alertsAcknowledge: 'alerts:acknowledge',
  interventionsRead: 'interventions:read',
  interventionsManage: 'interventions:manage',
  plansRead: 'plans:read',
  plansWrite: 'plans:write',
  plansApprove: 'plans:approve',
  actionsUpdate: 'actions:update',
  meetingsRead: 'meetings:read',
  meetingsManage: 'meetings:manage',
} as const

export type Permission = (typeof PERMISSIONS)[keyof typeof PERMISSIONS]

/** For hiding what the actor may not do; the server decides anyway. */
export function can(me: Me | undefined, permission: Permission): boolean {
  return me?.permissions.includes(permission) ?? false
}
