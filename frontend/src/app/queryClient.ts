import { QueryClient } from '@tanstack/react-query'
import { ApiError } from '../lib/api/problem'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // A problem response is an answer, not a glitch: only network failures are retried.
      queries: { retry: (failures, error) => !(error instanceof ApiError) && failures < 2 },
      mutations: { retry: false },
    },
  })
}
