import { test as base, expect, type Page } from '@playwright/test'

export const DEMO_PASSWORD = 'e2e-Demo-Wachtwoord-2026'

export const DEMO = {
  admin: { username: 'admin', displayName: 'Anne de Beheerder' },
  coordinator: { username: 'coordinator', displayName: 'Cor Coördinator' },
  regisseur: { username: 'regisseur', displayName: 'Rachida Regisseur' },
  partner: { username: 'partner', displayName: 'Pieter Partner' },
  police: { username: 'politie', displayName: 'Priya Politie' },
  privacy: { username: 'privacy', displayName: 'Paula Privacy' },
} as const

/** Page object for /login. */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/login')
    await expect(this.page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible()
  }

  async logIn(username: string, password = DEMO_PASSWORD) {
    await this.page.getByLabel('Gebruikersnaam').fill(username)
    await this.page.getByLabel('Wachtwoord').fill(password)
    await this.page.getByRole('button', { name: 'Inloggen' }).click()
  }
}

export async function logInAs(page: Page, who: keyof typeof DEMO) {
  const login = new LoginPage(page)
  await login.goto()
  await login.logIn(DEMO[who].username)
  await expect(page.getByRole('heading', { level: 1, name: `Welkom, ${DEMO[who].displayName}` })).toBeVisible()
}

/** Every test also fails on console errors, e.g. a Content-Security-Policy violation. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (message) => {
        // A 401 from GET /me on a signed-out visit is expected and logged by the browser as a failed resource.
        if (message.type() === 'error' && !/status of 401/.test(message.text())) errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))
      await use(errors)
      expect(errors, 'browser console errors').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

export const CSRF_COOKIE_NAME = '__Host-casusregie-csrf'

/** A fresh case of our own, made through the API with the page's session (the browser's cookies). */
export async function createCase(page: Page): Promise<string> {
  const cookies = await page.context().cookies()
  const csrf = cookies.find((cookie) => cookie.name === CSRF_COOKIE_NAME)?.value ?? ''
  const organisations = await page.request.get('/api/v1/organisations?limit=100')
  expect(organisations.ok()).toBe(true)
  const { items } = (await organisations.json()) as { items: { id: string; kind: string }[] }
  const source = items.find((organisation) => organisation.kind === 'education') ?? items[0]
  const response = await page.request.post('/api/v1/cases', {
    headers: { 'X-CSRF-Token': csrf },
    data: {
      person: { firstNames: 'Axe', surname: `Toegankelijk${Date.now().toString(36)}`, gender: 'unknown', district: 'unknown' },
      referral: {
        sourceOrganisationId: source.id,
        referrerName: 'E2E',
        referredOn: new Date().toISOString().slice(0, 10),
        description: 'Fictieve melding voor de toegankelijkheidstest.',
        reasonForConcern: 'Fictief.',
        ideology: 'unclear',
      },
      linkedCaseIds: [],
    },
  })
  expect(response.status()).toBe(201)
  return ((await response.json()) as { id: string }).id
}
