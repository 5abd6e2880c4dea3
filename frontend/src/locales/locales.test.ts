import { expect, test } from 'vitest'
import en from './en.json'
import nl from './nl.json'

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key))
}

test('Dutch and English have exactly the same keys', () => {
  expect(keys(en).sort()).toEqual(keys(nl).sort())
})
