import { DEMO, LoginPage, expect, test } from './fixtures'

test('the coordinator logs in, switches to English, logs out and stays out', async ({ page }) => {
  const login = new LoginPage(page)
  await login.goto()
  await login.logIn(DEMO.coordinator.username)

  await expect(page.getByRole('heading', { level: 1, name: 'Welkom, Cor Coördinator' })).toBeVisible()
  await expect(page.getByText('Cor Coördinator, Gemeente Amsterdam, directie OOV')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl')

  await page.getByRole('button', { name: 'English', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Cor Coördinator' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('button', { name: 'Nederlands', exact: true })).toBeVisible()

  await page.getByRole('button', { name: 'Log out', exact: true }).click()
  await expect(page).toHaveURL(/\/login$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible()

  await page.goto('/')
  await expect(page).toHaveURL(/\/login$/)
  await expect(page.getByRole('button', { name: 'Log in', exact: true })).toBeVisible()
})

test('a deep link survives the login', async ({ page }) => {
  await page.goto('/account')
  await expect(page).toHaveURL(/\/login\?next=%2Faccount$/)
  await new LoginPage(page).logIn(DEMO.coordinator.username)
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible()
})

test('a wrong password is refused with a clear message', async ({ page }) => {
  const login = new LoginPage(page)
  await login.goto()
  await login.logIn(DEMO.coordinator.username, 'dit-is-niet-het-wachtwoord')
  await expect(page.getByRole('alert')).toContainText('De gebruikersnaam of het wachtwoord is onjuist.')
})
