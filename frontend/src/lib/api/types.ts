// Aliases onto the generated schema (src/api/schema.d.ts); nothing here is written by hand.
import type { components } from '../../api/schema'

type Schemas = components['schemas']

export type Problem = Schemas['Problem']
export type Me = Schemas['Me']
export type ActorType = Schemas['ActorType']
export type Role = Schemas['Role']
export type OrganisationKind = Schemas['OrganisationKind']
export type Organisation = Schemas['OrganisationOut']
export type User = Schemas['UserOut']
export type AuditEvent = Schemas['AuditEventOut']
export type ChainVerification = Schemas['ChainVerification']
