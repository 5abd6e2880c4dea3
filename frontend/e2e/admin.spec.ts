import { expect, LoginPage, logInAs, test } from './fixtures'

const NEW_PASSWORD = 'Een-eigen-lang-wachtwoord-42'

test('the admin creates an organisation and a user; the user activates the account and logs in', async ({ page }) => {
  const suffix = Date.now().toString(36)
  const organisation = `Buurtteam Oost ${suffix}`
  await logInAs(page, 'admin')

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisaties' }).click()
  const createOrganisation = page.getByRole('region', { name: 'Organisatie toevoegen' })
  await createOrganisation.getByLabel('Naam', { exact: true }).fill(organisation)
  await createOrganisation.getByLabel(/Afkorting/).fill('BTO')
  await createOrganisation.getByLabel('Soort organisatie').selectOption('district')
  await createOrganisation.getByRole('button', { name: 'Organisatie toevoegen' }).click()
  await expect(createOrganisation.getByText(`De organisatie ${organisation} is toegevoegd.`)).toBeVisible()
  await expect(page.getByRole('table', { name: 'Organisaties' }).getByRole('link', { name: organisation })).toBeVisible()

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebruikers' }).click()
  const createUser = page.getByRole('region', { name: 'Gebruiker toevoegen' })
  await createUser.getByLabel('Gebruikersnaam').fill(`bt${suffix}`)
  await createUser.getByLabel('Naam', { exact: true }).fill('Bram Buurtteam')
  await createUser.getByLabel(/E-mailadres/).fill(`bram.${suffix}@example.org`)
  await createUser.getByLabel('Organisatie').selectOption({ label: organisation })
  // The ADS checkbox draws its own box over the (transparent) input: click the label, as a user does.
  await createUser.getByRole('group', { name: 'Rollen' }).getByText('Partner', { exact: true }).click()
  await expect(createUser.getByRole('checkbox', { name: 'Partner' })).toBeChecked()
  await createUser.getByRole('button', { name: 'Gebruiker toevoegen' }).click()

  await expect(createUser.getByText('Gebruiker Bram Buurtteam is toegevoegd')).toBeVisible()
  await expect(createUser.getByTestId('activation-code')).not.toBeEmpty()
  await expect(createUser.getByText(/niet per e-mail/)).toBeVisible()
  await expect(page.getByRole('table', { name: 'Gebruikers' }).getByRole('link', { name: 'Bram Buurtteam' })).toBeVisible()
  const code = (await createUser.getByTestId('activation-code').textContent())?.trim() ?? ''

  await page.getByRole('button', { name: 'Uitloggen' }).click()
  await page.getByRole('link', { name: 'Activeer uw account' }).click()
  await page.getByLabel('Gebruikersnaam').fill(`bt${suffix}`)
  await page.getByLabel('Activatiecode').fill(code)
  await page.getByLabel(/^Nieuw wachtwoord/).fill(NEW_PASSWORD)
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(NEW_PASSWORD)
  await page.getByRole('button', { name: 'Account activeren' }).click()
  await expect(page.getByRole('heading', { name: 'Uw account is geactiveerd' })).toBeVisible()

  await page.getByRole('link', { name: 'Naar inloggen' }).click()
  await new LoginPage(page).logIn(`bt${suffix}`, NEW_PASSWORD)
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom, Bram Buurtteam' })).toBeVisible()
  await expect(page.getByText(`Bram Buurtteam, ${organisation}`)).toBeVisible()
})

test('the admin edits a user with If-Match and the change sticks', async ({ page }) => {
  await logInAs(page, 'admin')
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebruikers' }).click()
  await page.getByRole('table', { name: 'Gebruikers' }).getByRole('link', { name: 'Ahmed Analist' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ahmed Analist' })).toBeVisible()

  await page.getByLabel('Naam', { exact: true }).fill('Ahmed de Analist')
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(page.getByText('De wijzigingen in de gebruiker zijn opgeslagen.')).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Ahmed de Analist' })).toBeVisible()
})
