import { expect, logInAs, test } from './fixtures'

test('the coordinator registers a referral, takes it to intake, escalates it, and sees it all in the timeline', async ({
  page,
}) => {
  const suffix = Date.now().toString(36)
  const surname = `Testpersoon${suffix}`
  await logInAs(page, 'coordinator')

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Casussen' }).click()
  await expect(page.getByRole('table', { name: 'Casussen' })).toBeVisible()
  await page.getByRole('link', { name: 'Nieuwe melding registreren' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe melding' })).toBeVisible()

  const form = page.getByRole('form', { name: 'Melding registreren' })
  await form.getByLabel('Voornamen').fill('Eva')
  await form.getByLabel('Achternaam').fill(surname)
  await form.getByLabel(/^Geboortedatum/).fill('2007-04-12')
  await form.getByLabel('Geslacht').selectOption('female')
  await form.getByLabel('Stadsdeel').selectOption('zuidoost')
  await form.getByRole('button', { name: 'Controleer op eerdere meldingen' }).click()
  await expect(form.getByRole('region', { name: 'Eerdere meldingen' })).toContainText('Er is geen betrokkene gevonden')

  await form.getByLabel('Melder (organisatie)').selectOption({ label: 'Leerplicht Amsterdam' })
  await form.getByLabel('Naam van de melder').fill('Lotte Leerplicht')
  await form.getByLabel('Ideologie').selectOption('right_wing_extremist')
  await form.getByLabel(/^Omschrijving/).fill('Deelt extremistische memes in de klassenapp.')
  await form.getByLabel('Reden van zorg').fill('Zoekt contact met een extremistische groep.')
  await form.getByRole('button', { name: 'Melding registreren' }).click()

  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/)
  const heading = page.getByRole('heading', { level: 1, name: /^Casus RAD-\d{4}-\d{4,}$/ })
  await expect(heading).toBeVisible()
  await expect(page.getByTestId('case-status')).toHaveText('Aangemeld')
  await expect(page.getByRole('link', { name: `Eva ${surname}` })).toBeVisible()

  const steps = [
    { option: 'Verkenning starten (naar Verkenning)', reason: 'Informatie opvragen bij school', status: 'Verkenning' },
    { option: 'Naar weging (naar Weging)', reason: 'Bespreken in de weegploeg', status: 'Weging' },
    { option: 'Opnemen in de aanpak (naar Beeldvorming)', reason: 'Weegploeg: opnemen in de aanpak', status: 'Beeldvorming' },
  ]
  for (const step of steps) {
    await page.getByRole('button', { name: 'Fase wijzigen' }).click()
    const dialog = page.getByRole('dialog')
    await expect(dialog).toBeVisible()
    // The ADS radio draws its own circle over the input: click the label, as a user does.
    await dialog.getByText(step.option, { exact: true }).click()
    await dialog.getByLabel(/^Reden/).fill(step.reason)
    await dialog.getByRole('button', { name: 'Fase wijzigen' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByTestId('case-status')).toHaveText(step.status)
  }

  await page.getByRole('button', { name: 'Escalatieniveau wijzigen' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Nieuw niveau').selectOption('1')
  await dialog.getByLabel(/^Reden/).fill('Bespreken in het casusoverleg')
  await dialog.getByRole('button', { name: 'Niveau wijzigen' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('case-level')).toHaveText('1 – Casusoverleg')

  const timeline = page.getByRole('list', { name: 'Tijdlijn' })
  const items = timeline.getByRole('listitem')
  await expect(items.first()).toContainText(/Escalatieniveau (verhoogd|vastgesteld).*1 – Casusoverleg/)
  await expect(items.first()).toContainText('Reden: Bespreken in het casusoverleg')
  await expect(timeline).toContainText('Fase gewijzigd: Weging → Beeldvorming')
  await expect(timeline).toContainText('Reden: Weegploeg: opnemen in de aanpak')
  await expect(timeline).toContainText('Fase gewijzigd: Verkenning → Weging')
  await expect(timeline).toContainText('Fase gewijzigd: Aangemeld → Verkenning')
  await expect(timeline).toContainText('Casus gestart in fase Aangemeld')

  // The list finds it by the person's name.
  const reference = ((await heading.textContent()) ?? '').replace('Casus ', '')
  await page.goto(`/cases?q=${surname}`)
  const row = page.getByRole('table', { name: 'Casussen' }).getByRole('row', { name: new RegExp(reference) })
  await expect(row).toContainText('Beeldvorming')
  await expect(row).toContainText('1 – Casusoverleg')
})
