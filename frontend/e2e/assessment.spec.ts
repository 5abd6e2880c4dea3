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

/** Page object for the assessment form (/assessments/:id/edit). */
class AssessmentFormPage {
  readonly proposal: Locator

  constructor(private readonly page: Page) {
    this.proposal = page.getByRole('complementary', { name: 'Voorstel zorgniveau' })
  }

  indicator(code: string): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^${code} `) })
  }

  questions(code: string): Locator {
    return this.page.getByRole('complementary', { name: `Gespreksvragen bij ${code}` })
  }

  /** The ADS radio draws its own circle over the input: click the label, as a user does. */
  async rate(code: string, presence: string, relevance?: string) {
    const indicator = this.indicator(code)
    await indicator.getByRole('group', { name: 'Aanwezigheid' }).getByText(presence, { exact: true }).click()
    if (relevance) {
      await indicator.getByRole('group', { name: /Relevantie voor deze persoon/ }).getByText(relevance, { exact: true }).click()
    }
  }

  async submit(finalLevel: string, rationale: string) {
    await this.page.getByRole('button', { name: 'Zorgniveau vaststellen' }).click()
    const dialog = this.page.getByRole('dialog')
    await expect(dialog).toBeVisible()
    await dialog.getByLabel('Zorgniveau').selectOption(finalLevel)
    await dialog.getByLabel(/^Toelichting/).fill(rationale)
    await dialog.getByRole('button', { name: 'Vaststellen' }).click()
  }
}

test('a regisseur assesses a demo case, departs from the proposal with a rationale, and sees the trend', async ({ page }) => {
  // Rating 28 indicators by clicking, as a user does, takes about 20 s on two cores.
  test.slow()
  await logInAs(page, 'regisseur')
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Casussen' }).click()
  await page.getByRole('table', { name: 'Casussen' }).getByRole('row', { name: /Daan de Groot/ }).getByRole('link').first().click()
  await expect(page.getByRole('heading', { level: 1, name: /^Casus RAD-/ })).toBeVisible()
  const section = page.getByRole('region', { name: 'Beoordelingen en zorgniveau' })
  await expect(section.getByText('Er is nog geen beoordeling voor deze casus.')).toBeVisible()

  await section.getByRole('link', { name: 'Nieuwe beoordeling starten' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /^Nieuwe beoordeling voor casus RAD-/ })).toBeVisible()
  await expect(page.getByLabel('Soort beoordeling')).toHaveValue('intake')
  await page.getByRole('group', { name: /^Perspectief/ }).getByText('Gemeente', { exact: true }).click()
  await page.getByRole('button', { name: 'Beoordeling starten' }).click()

  await expect(page).toHaveURL(/\/assessments\/[0-9a-f-]{36}\/edit$/)
  const form = new AssessmentFormPage(page)
  await expect(form.indicator('A1')).toBeVisible()
  // The practitioner's guidance questions stand beside each indicator; the family's when chosen.
  await expect(form.questions('A1')).toContainText('Hoe praat hij/zij over mensen met een andere achtergrond of mening?')
  await page.getByLabel('Gespreksvragen voor').selectOption('family_network')
  await expect(form.questions('A1')).toContainText('Met wie gaat hij/zij tegenwoordig om?')
  await expect(form.proposal.getByTestId('proposed-level')).toHaveText('Onvoldoende informatie')
  expect(await seriousViolations(page)).toEqual([])

  await form.rate('A1', 'Aanwezig', 'Hoog')
  await form.rate('A3', 'Deels aanwezig', 'Gemiddeld')
  await form.rate('C1', 'Aanwezig', 'Gemiddeld')
  for (const code of ['A2', 'A4', 'A5', 'A6', 'B1', 'B2', 'B3', 'B5', 'B6', 'C2', 'C3', 'C4', 'C5', 'D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'E1', 'E2', 'E3', 'E4']) {
    await form.rate(code, 'Afwezig')
  }
  await expect(form.proposal.getByTestId('proposed-level')).toHaveText('Verhoogd')
  await expect(form.proposal.getByRole('list', { name: 'Toegepaste regels' })).toContainText(
    'Indicatoren aanwezig in meerdere risicodimensies',
  )

  await form.submit('high', 'E2E: het casusoverleg weegt de contacten zwaarder dan de regels.')
  await expect(page).toHaveURL(/\/assessments\/[0-9a-f-]{36}$/)
  await expect(page.getByTestId('final-level')).toHaveText('Hoog')
  await expect(page.getByText('E2E: het casusoverleg weegt de contacten zwaarder dan de regels.')).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  await page.getByRole('link', { name: 'Terug naar de casus' }).click()
  await expect(section.getByRole('img', { name: 'Vastgesteld zorgniveau per beoordeling, door de tijd' })).toBeVisible()
  const levels = section.getByRole('table', { name: 'Zorgniveau per vastgestelde beoordeling' })
  await expect(levels.getByRole('row').nth(1)).toContainText('GemeenteIntakeVerhoogdHoog')
  await expect(section.getByTestId('next-review')).toContainText('Volgende herbeoordeling:')
  expect(await seriousViolations(page)).toEqual([])
})
