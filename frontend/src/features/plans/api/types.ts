import type { components } from '../../../api/schema'

type Schemas = components['schemas']

export type LocalText = Schemas['LocalTextOut']

export const INTERVENTION_TYPES = [
  'administrative',
  'criminal_law',
  'care_welfare',
  'education_work',
  'family_network',
  'mentoring_dialogue',
  'exit_support',
  'other',
] as const satisfies readonly Schemas['InterventionType'][]
export type InterventionType = Schemas['InterventionType']

export const AVAILABILITIES = ['available', 'waiting_list', 'limited', 'unavailable'] as const satisfies readonly Schemas['Availability'][]
export type Availability = Schemas['Availability']
export type DimensionCode = Schemas['DimensionCode']

// The catalogue: generated from the schema.
export type Intervention = Schemas['InterventionOut']
export type InterventionInput = Schemas['InterventionCreate']
export type InterventionChanges = Schemas['InterventionFields']

export type InterventionFilters = {
  q?: string
  type?: InterventionType
  dimension?: DimensionCode
  indicator?: string
  age?: number
  includeRetired?: boolean
}
