import { ApiError } from '../lib/api/problem'

export type FieldErrors = Record<string, string | undefined>

/** The server's invalidParams for a failed mutation, keyed by camelCase field name. */
export function serverFieldErrors(error: unknown): FieldErrors {
  return error instanceof ApiError && error.status === 400 ? error.fieldErrors() : {}
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some(Boolean)
}

/** Server errors, overridden by the form's own where it found one (an `undefined` of its own hides nothing). */
export function mergeErrors(server: FieldErrors, local: FieldErrors): FieldErrors {
  const merged: FieldErrors = { ...server }
  for (const [key, value] of Object.entries(local)) if (value) merged[key] = value
  return merged
}
