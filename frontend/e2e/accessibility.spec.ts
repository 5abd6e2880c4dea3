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

test('the framework, guide, comparison, assessment and review pages have no serious or critical axe violations', async ({ page }) => {
  await logInAs(page, 'coordinator')
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' })
  await menu.getByRole('link', { name: 'Beoordelingskader' }).click()
  await page.getByRole('table', { name: 'Versies van het beoordelingskader' }).getByRole('link').first().click()
  await expect(page.getByRole('heading', { level: 2, name: 'Gespreksleidraden' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('link', { name: 'Gespreksleidraad Gezin en netwerk' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Onderwerp 1' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  // The demo case in progress has a municipal and a police assessment.
  await menu.getByRole('link', { name: 'Casussen' }).click()
  await page.getByRole('table', { name: 'Casussen' }).getByRole('row', { name: /Sara El Idrissi/ }).getByRole('link').first().click()
  const section = page.getByRole('region', { name: 'Beoordelingen en zorgniveau' })
  await expect(section.getByRole('img', { name: 'Vastgesteld zorgniveau per beoordeling, door de tijd' })).toBeVisible()
  await section.getByRole('link', { name: 'Perspectieven vergelijken' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Vergeleken beoordelingen' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('link', { name: /^Politie: / }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Beoordeling per indicator' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  await menu.getByRole('link', { name: 'Herbeoordelingen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Herbeoordelingen' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})

test('the crosswalk pages and the open alerts have no serious or critical axe violations', async ({ page }) => {
  await logInAs(page, 'coordinator')
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' })
  await menu.getByRole('link', { name: 'Beoordelingskader' }).click()
  await page.getByRole('link', { name: 'Vertaaltabellen van andere modellen, zoals het politiemodel' }).click()
  const crosswalks = page.getByRole('table', { name: 'Vertaaltabellen' })
  await expect(crosswalks).toBeVisible()
  const importForm = page.getByRole('form', { name: 'Nieuwe vertaaltabel inlezen' })
  await expect(importForm).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await importForm.getByText('CSV-bestand (bijvoorbeeld uit een spreadsheet)').click()
  await expect(importForm.getByLabel(/^Versie van het beoordelingskader/)).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  await crosswalks.getByRole('link', { name: /^politie-kim / }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: /^Vertaaltabel politie-kim / })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Koppelingen van externe items aan indicatoren' }).getByRole('row', { name: /^I2 / })).toContainText(
    'A3 Rechtvaardiging van geweld',
  )
  expect(await seriousViolations(page)).toEqual([])

  await menu.getByRole('link', { name: 'Acute signalen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Acute signalen' })).toBeVisible()
  await expect(page.getByText('Bezig met laden…')).toBeHidden()
  expect(await seriousViolations(page)).toEqual([])
})

test('the police enter an assessment in their own codes, see how it lands, and take up the acute alert it raises', async ({ page }) => {
  test.slow()
  await logInAs(page, 'police')
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' })
  await menu.getByRole('link', { name: 'Casussen' }).click()
  await page.getByRole('table', { name: 'Casussen' }).getByRole('row', { name: /Sara El Idrissi/ }).getByRole('link').first().click()
  const reference = ((await page.getByRole('heading', { level: 1, name: /^Casus RAD-/ }).textContent()) ?? '').match(/RAD-[\d-]+/)?.[0] ?? ''
  expect(reference).not.toBe('')
  await page.getByRole('region', { name: 'Beoordelingen en zorgniveau' }).getByRole('link', { name: 'Nieuwe beoordeling starten' }).click()

  await page.getByRole('group', { name: /^Invoeren in/ }).getByText('De codes van het politiemodel', { exact: true }).click()
  await expect(page.getByLabel(/^Vertaaltabel/)).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'Beoordeling starten' }).click()

  await expect(page).toHaveURL(/\/assessments\/[0-9a-f-]{36}\/edit$/)
  await expect(page.getByRole('heading', { level: 2, name: /^I-items / })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  // I4 maps equivalently onto D1, an acute indicator.
  const i4 = page.getByRole('group', { name: /^I4 / })
  await i4.getByRole('group', { name: 'Aanwezigheid' }).getByText('Aanwezig', { exact: true }).click()
  await i4.getByRole('group', { name: /Relevantie voor deze persoon/ }).getByText('Hoog', { exact: true }).click()
  await page.getByRole('button', { name: 'Tussentijds opslaan' }).click()
  const derived = page.getByRole('table', { name: 'Omgezette beoordelingen op de indicatoren van het beoordelingskader' })
  await expect(derived.getByRole('row', { name: /^D1 / })).toContainText('AanwezigHoogI4 (Gelijkwaardig)Zoals ingevoerd')
  await expect(page.getByTestId('proposed-level')).toHaveText('Acuut')
  expect(await seriousViolations(page)).toEqual([])

  await page.getByRole('button', { name: 'Zorgniveau vaststellen' }).click()
  const submit = page.getByRole('dialog')
  await expect(submit.getByLabel('Zorgniveau')).toHaveValue('acute')
  await submit.getByRole('button', { name: 'Vaststellen' }).click()
  await expect(page).toHaveURL(/\/assessments\/[0-9a-f-]{36}$/)

  await menu.getByRole('link', { name: 'Acute signalen' }).click()
  const row = page.getByRole('table', { name: 'Open acute signalen' }).getByRole('row', { name: new RegExp(reference) })
  await expect(row).toContainText('D1 ')
  expect(await seriousViolations(page)).toEqual([])
  await row.getByRole('button', { name: `Signaal oppakken bij casus ${reference}` }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await dialog.getByText('Casusoverleg', { exact: true }).click()
  await dialog.getByRole('button', { name: 'Signaal oppakken' }).click()
  await expect(page.getByText(`Het signaal bij casus ${reference} is opgepakt.`)).toBeVisible()
  await expect(row).toBeHidden()
})
