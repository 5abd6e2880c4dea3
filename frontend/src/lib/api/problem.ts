import type { Problem } from './types'

/** A failed API call, carrying the RFC 9457 problem document the server sent. */
export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem
  readonly headers: Headers

  constructor(status: number, problem: Problem, headers: Headers) {
    super(problem.detail ?? problem.title)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
    this.headers = headers
  }

  /** invalidParams as { fieldName: reason }, for showing errors next to form fields. */
  fieldErrors(): Record<string, string> {
    const errors: Record<string, string> = {}
    for (const { name, reason } of this.problem.invalidParams ?? []) {
      const field = name.split('.').pop() ?? name
      errors[field] ??= reason
    }
    return errors
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'title' in value && 'status' in value
}

type FetchResult<T> = { data?: T; error?: unknown; response: Response }

/** Returns the data of a successful openapi-fetch result, or throws an ApiError. */
export function unwrap<T>(result: FetchResult<T>): T {
  const { response } = result
  if (response.ok) return result.data as T
  const problem: Problem = isProblem(result.error)
    ? result.error
    : { type: 'about:blank', title: response.statusText || String(response.status), status: response.status }
  throw new ApiError(response.status, problem, response.headers)
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status)
}

/** If-Match value for optimistic concurrency: the version in double quotes. */
export function ifMatch(version: number): string {
  return `"${version}"`
}
