import { describe, expect, test } from 'vitest'
import { loginPathFor, safeReturnPath } from './redirect'

describe('return path after login', () => {
  test.each([
    ['/admin/users?q=jan', '/admin/users?q=jan'],
    [null, '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example/', '/'],
    ['/login?next=/x', '/'],
  ])('%s -> %s', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected)
  })

  test('the login path carries the encoded return path', () => {
    expect(loginPathFor('/audit?actorId=1')).toBe('/login?next=%2Faudit%3FactorId%3D1')
    expect(loginPathFor('/')).toBe('/login')
  })
})
