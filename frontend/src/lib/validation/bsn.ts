/** A Dutch citizen service number: 9 digits passing the 11-check (9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 mod 11). */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false
  const digits = [...value].map(Number)
  const sum = digits.slice(0, 8).reduce((total, digit, index) => total + digit * (9 - index), 0) - digits[8]
  return sum % 11 === 0 && Number(value) !== 0
}
