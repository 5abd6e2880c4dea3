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

/** The demo's active case and its plan in force, as the logged-in user may see them. */
async function demoPlan(page: Page): Promise<{ caseId: string; planId: string }> {
  const cases = await (await page.request.get('/api/v1/cases?q=Idrissi')).json()
  const caseId: string = cases.items[0].id
  const detail = await (await page.request.get(`/api/v1/cases/${caseId}`)).json()
  return { caseId, planId: detail.planInForceId }
}

test('a partner sees what the covenant allows of the plan in force and reports on its own action', async ({ page }) => {
  await logInAs(page, 'partner')
  const { planId } = await demoPlan(page)
  await page.goto(`/plans/${planId}`)
  await expect(page.getByRole('heading', { level: 1, name: /^Plan van aanpak, versie \d+$/ })).toBeVisible()
  await expect(page.getByText('De duiding is alleen zichtbaar voor kernpartners.')).toBeVisible()
  await expect(page.getByText(/andere organisaties? (wordt|worden) niet getoond\./)).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  const report = page.getByRole('form', { name: /^Status van .+ bijwerken$/ }).first()
  await report.getByLabel('Nieuwe status').selectOption('stalled')
  await report.getByRole('button', { name: 'Status opslaan' }).click()
  await expect(report.getByText('Verplicht bij stagneert of geannuleerd')).toBeVisible()
  await report.getByLabel(/^Reden/).fill('E2E: wachtlijst bij de aanbieder')
  await report.getByRole('button', { name: 'Status opslaan' }).click()
  await expect(report.getByText('Status opgeslagen.')).toBeVisible()
  await expect(page.getByText(/Stagneert \(Pieter Partner, /)).toBeVisible()

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aandacht in plannen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Aandacht in plannen' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})

test('the attention list, the meeting calendar, a meeting and its agenda builder pass axe', async ({ page }) => {
  await logInAs(page, 'coordinator')
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aandacht in plannen' }).click()
  await expect(page.getByRole('table', { name: 'Acties en doelen die aandacht vragen' })).toBeVisible()
  await expect(page.getByRole('cell', { name: 'Over de einddatum' }).first()).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  const meetings = await (await page.request.get('/api/v1/meetings')).json()
  const weighing = meetings.items.find((m: { type: string; place: string }) => m.type === 'weighing' && m.place.startsWith('Demo'))
  await page.goto(`/meetings?view=week&date=${weighing.startsAt.slice(0, 10)}`)
  await expect(page.getByRole('link', { name: weighing.reference })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('link', { name: weighing.reference }).click()
  await expect(page.getByText('Daan de Groot')).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.goto(`/meetings/${weighing.id}/agenda`)
  await expect(page.getByRole('heading', { level: 1, name: `Agenda samenstellen, ${weighing.reference}` })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})
