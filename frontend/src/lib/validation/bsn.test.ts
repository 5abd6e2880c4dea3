import { expect, test } from 'vitest'
import { isValidBsn } from './bsn'

test.each([
  ['111222333', true],
  ['123456782', true],
  ['123456789', false],
  ['12345678', false],
  ['1234567820', false],
  ['000000000', false],
  ['12345678a', false],
])('BSN %s valid: %s', (value, valid) => {
  expect(isValidBsn(value)).toBe(valid)
})
