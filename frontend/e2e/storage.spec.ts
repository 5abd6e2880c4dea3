import { CSRF_COOKIE_NAME, expect, logInAs, test } from './fixtures'

test('no token is readable by scripts: only the CSRF cookie and the language', async ({ page, context }) => {
  await logInAs(page, 'coordinator')
  await page.getByRole('button', { name: 'English', exact: true }).click()

  const stored = await page.evaluate(() => ({
    cookies: document.cookie.split(';').map((c) => c.trim().split('=')[0]).filter(Boolean),
    local: Object.fromEntries(Object.entries(localStorage)),
    session: Object.fromEntries(Object.entries(sessionStorage)),
  }))
  expect(stored.cookies).toEqual([CSRF_COOKIE_NAME])
  expect(stored.local).toEqual({ 'casusregie.language': 'en' })
  expect(stored.session).toEqual({})

  // The session cookies exist, but only as HttpOnly, Secure, SameSite=Strict.
  const cookies = await context.cookies()
  const others = cookies.filter((cookie) => cookie.name !== CSRF_COOKIE_NAME)
  expect(others.length).toBeGreaterThan(0)
  for (const cookie of others) {
    expect(cookie, cookie.name).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' })
  }
})
