import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, logInAs, test } from './fixtures'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target) }))
}

test('the catalogue: filter the instrumentenkoffer and open an intervention', async ({ page }) => {
  await logInAs(page, 'regisseur')
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Instrumentenkoffer' }).click()
  const table = page.getByRole('table', { name: 'Interventies in de instrumentenkoffer' })
  await expect(table).toBeVisible()
  const all = await table.getByRole('row').count()
  expect(all).toBeGreaterThan(10)
  await page.getByLabel('Soort interventie').selectOption('exit_support')
  await page.getByRole('button', { name: 'Filteren' }).click()
  await expect.poll(() => table.getByRole('row').count()).toBeLessThan(all)
  expect(await seriousViolations(page)).toEqual([])
  await table.getByRole('link').first().click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByText('Voorwaarden', { exact: true })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})
