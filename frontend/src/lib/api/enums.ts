import type { ActorType, OrganisationKind, Role } from './types'

/** Fails to compile when the generated schema gains a value the list below lacks. */
type Exhaustive<Union, List extends readonly Union[]> = [Exclude<Union, List[number]>] extends [never] ? List : never

function allOf<Union>() {
  return <const List extends readonly Union[]>(list: Exhaustive<Union, List>) => list
}

export const ROLES = allOf<Role>()([
  'admin',
  'coordinator',
  'regisseur',
  'partner',
  'police',
  'analyst',
  'privacy_officer',
])

export const ORGANISATION_KINDS = allOf<OrganisationKind>()([
  'municipality',
  'police',
  'prosecution',
  'education',
  'youth_care',
  'probation',
  'care',
  'district',
  'other',
])

export const ACTOR_TYPES = allOf<ActorType>()(['user', 'apiToken', 'anonymous', 'system'])

/** The schema types an audit outcome as a plain string; these are the ones the UI can translate. */
export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const

export function isOneOf<const List extends readonly string[]>(list: List, value: string): value is List[number] {
  return (list as readonly string[]).includes(value)
}
