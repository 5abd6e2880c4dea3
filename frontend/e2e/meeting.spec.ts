import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, logInAs, test } from './fixtures'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const OOV = 'Gemeente Amsterdam, directie OOV'
const POLICE = 'Politie Eenheid Amsterdam'
const OM = 'Openbaar Ministerie, arrondissement Amsterdam'
const YOUTH = 'Jeugdbescherming Regio Amsterdam'

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target) }))
}

function today(): string {
  const date = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The ADS radio and checkbox draw their own box over the input: click the label, as a user does. */
async function choose(group: Locator, label: string) {
  await group.getByText(label, { exact: true }).click()
}

/** Page object for the meeting pages (/meetings/...). */
class MeetingPages {
  constructor(private readonly page: Page) {}

  async create(type: string, place: string, organisations: string[]) {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overleggen' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Overleggen' })).toBeVisible()
    await this.page.getByRole('link', { name: 'Nieuw overleg' }).click()
    await this.page.getByLabel('Soort overleg').selectOption({ label: type })
    await this.page.getByLabel('Datum', { exact: true }).fill(today())
    await this.page.getByLabel('Tijd', { exact: true }).fill('10:00')
    await this.page.getByLabel('Plaats').fill(place)
    await this.page.getByLabel('Voorzitter').fill('Cor Coördinator')
    await this.page.getByLabel(/^Secretaris/).fill('E2E Secretaris')
    const group = this.page.getByRole('group', { name: 'Deelnemende organisaties' })
    for (const name of organisations) await choose(group, name)
    await this.page.getByLabel(/^Deelnemers/).fill('Cor Coördinator\nPriya Politie')
    await this.page.getByRole('button', { name: 'Overleg plannen' }).click()
    await expect(this.page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/)
    const heading = this.page.getByRole('heading', { level: 1, name: /^Overleg / })
    await expect(heading).toBeVisible()
    await expect(this.page.getByText('Gepland', { exact: true })).toBeVisible()
    return { url: this.page.url(), reference: ((await heading.textContent()) ?? '').replace(/^Overleg /, '') }
  }

  async saveAgenda() {
    await this.page.getByRole('button', { name: 'Agenda opslaan' }).click()
    await expect(this.page.getByText('De agenda is opgeslagen.')).toBeVisible()
    await this.page.getByRole('link', { name: 'Terug naar het overleg' }).click()
  }

  async startAndRun() {
    await this.page.getByRole('button', { name: 'Overleg starten' }).click()
    await expect(this.page.getByText('Bezig', { exact: true })).toBeVisible()
    await this.page.getByRole('link', { name: 'Overleg voeren' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: /^Overleg voeren, / })).toBeVisible()
  }

  async decide(type: string, rationale: string) {
    await this.page.getByLabel('Besluit', { exact: true }).selectOption({ label: type })
    await this.page.getByLabel(/^Onderbouwing/).fill(rationale)
  }
}

test('a coordinator weighs a case into the approach and escalates another in a case conference', async ({ page }) => {
  test.slow()
  const meetings = new MeetingPages(page)
  await logInAs(page, 'coordinator')

  // Weighing meeting of gemeente, politie and OM.
  const weighing = await meetings.create('Weegoverleg', 'E2E: Stadhuis, kamer 1', [OOV, POLICE, OM])
  await page.getByRole('link', { name: 'Agenda samenstellen' }).click()
  const proposals = page.getByRole('complementary', { name: 'Voorstellen' })
  await proposals.getByRole('button', { name: /Daan de Groot op de agenda zetten$/ }).first().click()
  await expect(page.getByRole('group', { name: /^1\. .*Daan de Groot$/ })).toBeVisible()
  await meetings.saveAgenda()
  await expect(page.getByRole('article', { name: /Daan de Groot/ })).toBeVisible()
  await meetings.startAndRun()
  await expect(page.getByRole('heading', { level: 2, name: /Punt 1 van 1: .*Daan de Groot/ })).toBeVisible()

  await meetings.decide('Opnemen in de aanpak', 'E2E: signalen van geweldsbereidheid; een multidisciplinaire aanpak is nodig.')
  const checklist = page.getByRole('group', { name: 'Wegingschecklist' })
  await expect(checklist.getByRole('group', { name: 'B. Ideologische component' })).toBeVisible()
  // Every item answered yes supports inclusion (the rules need A1, B1, B2, E1-E3, I1 and one C item).
  const questions = checklist.getByRole('group', { name: /^[A-Z]\d+ / })
  const count = await questions.count()
  expect(count).toBeGreaterThan(10)
  for (let index = 0; index < count; index += 1) await choose(questions.nth(index), 'Ja')
  const views = page.getByRole('group', { name: 'Standpunt van de kernpartners' })
  for (const name of [OOV, POLICE, OM]) await choose(views.getByRole('group', { name }), 'Eens')
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'Besluit vastleggen' }).click()
  await expect(page.getByRole('heading', { name: new RegExp(`^Besluit vastgelegd: ${weighing.reference}/\\d+$`) })).toBeVisible()
  await expect(page.locator('strong', { hasText: 'Opnemen in de aanpak' })).toBeVisible()

  await page.goto(weighing.url)
  await expect(page.getByRole('article', { name: /Daan de Groot/ }).getByText('Opnemen in de aanpak', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Overleg sluiten' }).click()
  await expect(page.getByText('Gesloten', { exact: true })).toBeVisible()

  // Case conference: Sara El Idrissi (active, level 1) goes up to level 2.
  const conference = await meetings.create('Casusoverleg', 'E2E: Veiligheidshuis', [OOV, POLICE, YOUTH])
  await page.getByRole('link', { name: 'Agenda samenstellen' }).click()
  await page.getByLabel(/^Zoek een casus/).fill('Idrissi')
  const found = page.getByRole('list', { name: 'Gevonden casussen' })
  await found.getByRole('button', { name: /Sara .*Idrissi op de agenda zetten$/ }).first().click()
  await expect(page.getByRole('group', { name: /^1\. .*Sara .*Idrissi$/ })).toBeVisible()
  await page.getByLabel(/^Toelichting/).first().fill('E2E: nieuwe dreigende uitingen online.')
  await meetings.saveAgenda()
  await meetings.startAndRun()
  expect(await seriousViolations(page)).toEqual([])
  await meetings.decide('Opschalen', 'E2E: nieuwe dreigende uitingen; ketenprocesregie nodig.')
  await page.getByLabel(/^Nieuw opschalingsniveau/).selectOption({ label: '2 – Ketenprocesregie' })
  await page.getByRole('button', { name: 'Besluit vastleggen' }).click()
  const recorded = page.getByRole('heading', { name: new RegExp(`^Besluit vastgelegd: ${conference.reference}/\\d+$`) })
  await expect(recorded).toBeVisible()
  const decisionReference = ((await recorded.textContent()) ?? '').replace('Besluit vastgelegd: ', '')
  expect(await seriousViolations(page)).toEqual([])

  await page.goto(conference.url)
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('article', { name: /Sara .*Idrissi/ }).getByRole('link', { name: /Sara .*Idrissi/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: /^Casus RAD-/ })).toBeVisible()
  const decisions = page.getByRole('region', { name: 'Besluiten', exact: true })
  await expect(decisions.getByText(decisionReference, { exact: true })).toBeVisible()
  await expect(decisions.getByText('Opschalen', { exact: true })).toBeVisible()
  await expect(decisions.getByRole('link', { name: `Casusoverleg ${conference.reference}` })).toBeVisible()

  // The minutes, on paper.
  await page.goto(`${conference.url}/minutes`)
  await expect(page.getByRole('heading', { level: 1, name: `Verslag ${conference.reference}` })).toBeVisible()
  const printButton = page.getByRole('button', { name: 'Afdrukken' })
  await expect(printButton).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden()
  await expect(page.locator('.ams-page-header')).toBeHidden()
  await expect(printButton).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: `Verslag ${conference.reference}` })).toBeVisible()
  await expect(page.getByText(/Sara .*Idrissi/).first()).toBeVisible()
  await expect(page.getByText('E2E: nieuwe dreigende uitingen; ketenprocesregie nodig.')).toBeVisible()
  await page.emulateMedia({ media: 'screen' })
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible()
})
