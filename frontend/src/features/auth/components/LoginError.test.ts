import { describe, expect, test } from 'vitest'
import { minutesToWait } from './LoginError'

describe('minutes to wait from Retry-After', () => {
  test.each([
    ['60', 1],
    ['61', 2],
    ['900', 15],
    ['0', 1],
    [null, 1],
    ['nonsense', 1],
  ])('%s seconds -> %i minutes', (header, minutes) => {
    expect(minutesToWait(header)).toBe(minutes)
  })

  test('an HTTP date is counted from now', () => {
    const now = Date.parse('2026-01-05T09:00:00Z')
    expect(minutesToWait('Mon, 05 Jan 2026 09:10:00 GMT', now)).toBe(10)
  })
})
