import { afterEach } from 'vitest'
import { i18n } from '../lib/i18n'

// Every test starts in Dutch, the default language.
afterEach(async () => {
  await i18n.changeLanguage('nl')
  localStorage.clear()
})
