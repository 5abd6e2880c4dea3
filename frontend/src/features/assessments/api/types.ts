// Aliases onto the generated schema (src/api/schema.d.ts); nothing here is written by hand.
import type { components } from '../../../api/schema'

type Schemas = components['schemas']

export type LocalText = Schemas['LocalTextOut']
export type FrameworkStatus = Schemas['FrameworkStatus']
export type DimensionCode = Schemas['DimensionCode']
export type DimensionKind = Schemas['DimensionKind']
export type Audience = Schemas['Audience']
export type QuestionPurpose = Schemas['QuestionPurpose']
export type Presence = Schemas['Presence']
export type Relevance = NonNullable<Schemas['RatingOut']['relevance']>
export type Trend = Schemas['Trend']
export type ConcernLevel = Schemas['ConcernLevel']
export type RuleCode = Schemas['RuleCode']
export type SharingLevel = Schemas['SharingLevel']
export type AssessmentType = Schemas['AssessmentType']
export type Perspective = Schemas['Perspective']
export type InformationCompleteness = Schemas['InformationCompleteness']
export type AssessmentStatus = Schemas['AssessmentStatus']
export type ScenarioLikelihood = Schemas['ScenarioLikelihood']
export type RoutedTo = Schemas['AlertRouting']
export type ChangeDirection = Schemas['ChangeDirection']
export type DisagreementKind = Schemas['DisagreementKind']

export type FrameworkSummary = Schemas['FrameworkSummary']
export type FrameworkDetail = Schemas['FrameworkDetail']
export type Dimension = Schemas['DimensionOut']
export type Indicator = Schemas['IndicatorOut']
export type GuidanceQuestion = Schemas['QuestionOut']
/** The framework file as kept in the repository (persistence/frameworks/*.json); the server checks it. */
export type FrameworkDocument = Record<string, unknown>

export type CrosswalkSummary = Schemas['CrosswalkSummary']
export type CrosswalkDetail = Schemas['CrosswalkDetail']
export type CrosswalkEntry = Schemas['CrosswalkEntryOut']
export type MappingRelation = Schemas['MappingRelation']
/** A crosswalk file as kept in the repository (persistence/frameworks/*-to-*.json); the server checks it. */
export type CrosswalkDocument = Record<string, unknown>

export type RatingInput = Schemas['RatingInput']
export type RatingOut = Schemas['RatingOut']
export type Proposal = Schemas['Proposal']
export type FiredRule = Schemas['FiredRuleOut']
export type DimensionProfile = Schemas['DimensionProfile']
export type IndicatorChange = Schemas['IndicatorChange']
export type ExternalRating = Schemas['ExternalRatingOut']
export type DerivedRating = Schemas['DerivedRatingOut']
export type Formulation = Schemas['FormulationIO']
export type Scenario = Schemas['ScenarioInput']

export type AssessmentSummary = Schemas['AssessmentSummary']
export type AssessmentDetail = Schemas['AssessmentDetail']
export type AssessmentCreate = Schemas['AssessmentCreate']
export type AssessmentUpdate = Schemas['AssessmentUpdate']
export type AssessmentSubmit = Schemas['AssessmentSubmit']

export type Comparison = Schemas['AssessmentComparison']
export type ComparisonCell = Schemas['ComparisonCell']

export type Alert = Schemas['AlertOut']
/** An alert in the list across cases: with the case's reference. */
export type AlertListItem = Schemas['AlertListItem']
export type AlertAcknowledge = Schemas['AlertAcknowledge']
export type OverdueReview = Schemas['OverdueReviewOut']
