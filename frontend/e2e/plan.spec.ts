import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, logInAs, test } from './fixtures'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target) }))
}

/** A date `days` from today as YYYY-MM-DD (what a date input takes). */
function inDays(days: number): string {
  const date = new Date()
  date.setDate(date.getDate() + days)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** Page object for the plan editor (/plans/:id/edit). */
class PlanEditorPage {
  readonly suggestions: Locator

  constructor(private readonly page: Page) {
    this.suggestions = page.getByRole('complementary', { name: 'Suggesties' })
  }

  lastGroup(prefix: 'Doel' | 'Actie'): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^${prefix} \\d+$`) }).last()
  }

  async addGoal(text: string, targetOn: string) {
    await this.page.getByRole('button', { name: 'Doel toevoegen' }).click()
    const goal = this.lastGroup('Doel')
    await goal.getByLabel(/^Doel \(positief geformuleerd\)/).fill(text)
    await goal.getByLabel(/^Streefdatum/).fill(targetOn)
  }

  /** The first suggestion becomes an action; the user fills in who does it and when. */
  async addActionFromSuggestion(ownerName: string, startOn: string, dueOn: string, goalText: string) {
    await this.suggestions.getByRole('button', { name: /als actie toevoegen$/ }).first().click()
    const action = this.lastGroup('Actie')
    const organisation = action.getByLabel(/^Verantwoordelijke organisatie/)
    await expect(organisation).toBeFocused()
    // The first organisation taking part in the case (option 0 is "Kies…").
    await organisation.selectOption({ index: 1 })
    await action.getByLabel(/^Uitvoerder/).fill(ownerName)
    await action.getByLabel(/^Startdatum/).fill(startOn)
    await action.getByLabel(/^Einddatum/).fill(dueOn)
    // The ADS checkbox draws its own box over the input: click the label, as a user does.
    await action.getByRole('group', { name: 'Draagt bij aan de doelen' }).getByText(goalText, { exact: true }).click()
  }
}

test('a regisseur drafts and submits a plan of action, a coordinator approves it, and it prints without the menu', async ({ page }) => {
  test.slow()
  const goalText = `E2E: gaat elke schooldag naar school (${Date.now().toString(36)})`
  await logInAs(page, 'regisseur')
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Casussen' }).click()
  await page.getByRole('table', { name: 'Casussen' }).getByRole('row', { name: /Sara .*Idrissi/ }).getByRole('link').first().click()
  await expect(page.getByRole('heading', { level: 1, name: /^Casus RAD-/ })).toBeVisible()
  const section = page.getByRole('region', { name: 'Plan van aanpak' })
  await section.getByRole('button', { name: /^(Plan starten|Nieuwe versie van het plan)$/ }).click()

  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}\/edit$/)
  const planUrl = page.url().replace(/\/edit$/, '')
  const editor = new PlanEditorPage(page)
  await page.getByLabel('Duiding van de problematiek').fill('E2E: zoekt erkenning in een online groep; ouders zijn betrokken.')
  await editor.addGoal(goalText, inDays(90))
  await expect(editor.suggestions.getByRole('button', { name: /als actie toevoegen$/ }).first()).toBeVisible()
  await editor.addActionFromSuggestion('E2E Uitvoerder', inDays(1), inDays(60), goalText)
  await page.getByLabel(/^Evaluatiedatum/).fill(inDays(120))
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(page.getByText('Het plan is opgeslagen.')).toBeVisible()

  await page.getByRole('link', { name: 'Naar het plan (indienen)' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /^Plan van aanpak, versie \d+$/ })).toBeVisible()
  await page.getByRole('button', { name: 'Indienen ter vaststelling' }).click()
  await expect(page.getByText('Ingediend ter vaststelling.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Vaststellen' })).toHaveCount(0)

  await page.getByRole('button', { name: 'Uitloggen' }).click()
  await logInAs(page, 'coordinator')
  await page.goto(planUrl)
  await expect(page.getByRole('heading', { level: 1, name: /^Plan van aanpak, versie \d+$/ })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'Vaststellen' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel(/^Toelichting bij vaststelling/).fill('E2E: akkoord in het casusoverleg.')
  await dialog.getByLabel(/^Kenmerk besluit casusoverleg/).fill('E2E-CO-1')
  await dialog.getByRole('button', { name: 'Plan vaststellen' }).click()
  await expect(page.getByText(/^Vastgesteld door Cor Coördinator op /)).toBeVisible()
  await expect(page.getByText('Besluit: E2E-CO-1.')).toBeVisible()
  await expect(page.getByRole('table', { name: 'Doelen', exact: true }).getByText(goalText)).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  await page.getByRole('link', { name: 'Afdrukversie' }).click()
  await expect(page).toHaveURL(/\/print$/)
  const printButton = page.getByRole('button', { name: 'Afdrukken' })
  await expect(printButton).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden()
  await expect(page.locator('.ams-page-header')).toBeHidden()
  await expect(printButton).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: /^Plan van aanpak, versie \d+$/ })).toBeVisible()
  await expect(page.getByText(/^Casus RAD-/)).toBeVisible()
  await expect(page.getByRole('table', { name: 'Doelen', exact: true }).getByText(goalText)).toBeVisible()
  await expect(page.getByText('E2E Uitvoerder')).toBeVisible()
  await expect(page.getByText(/Besluit: E2E-CO-1\./)).toBeVisible()
  await page.emulateMedia({ media: 'screen' })
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible()
})
