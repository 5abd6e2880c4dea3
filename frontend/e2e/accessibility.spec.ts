import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { createCase, expect, logInAs, test } from './fixtures'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.map((n) => n.target) }))
}

test('the login page has no serious or critical axe violations', async ({ page }) => {
  await page.goto('/login')
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})

test('the home page has no serious or critical axe violations', async ({ page }) => {
  await logInAs(page, 'admin')
  expect(await seriousViolations(page)).toEqual([])
})

test('the admin pages have no serious or critical axe violations', async ({ page }) => {
  await logInAs(page, 'admin')
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisaties' }).click()
  await expect(page.getByRole('table', { name: 'Organisaties' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebruikers' }).click()
  await expect(page.getByRole('table', { name: 'Gebruikers' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})

test('the audit page has no serious or critical axe violations', async ({ page }) => {
  await logInAs(page, 'privacy')
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Auditlog' }).click()
  await expect(page.getByRole('table', { name: /Auditgebeurtenissen/ })).toBeVisible()
  await page.getByRole('button', { name: 'Keten controleren' }).click()
  await expect(page.getByRole('heading', { name: 'De auditketen is intact' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})

test('the case list, a case and the process page have no serious or critical axe violations', async ({ page }) => {
  await logInAs(page, 'coordinator')
  const caseId = await createCase(page)

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Casussen' }).click()
  await expect(page.getByRole('table', { name: 'Casussen' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  await page.goto(`/cases/${caseId}`)
  await expect(page.getByRole('list', { name: 'Tijdlijn' })).toBeVisible()
  await expect(page.getByRole('form', { name: 'Nieuwe logboekregel' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'Fase wijzigen' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkproces' }).click()
  await expect(page.getByRole('img', { name: 'Stroomschema van de fasen van een casus' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Alle stappen tussen de fasen' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  await page.goto('/cases/new')
  await expect(page.getByRole('form', { name: 'Melding registreren' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})
