import { Button } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'

/** Shows the other language in that language ("English" / "Nederlands"). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  const other = t('layout.otherLanguageCode')
  return (
    <Button variant="tertiary" lang={other} onClick={() => void i18n.changeLanguage(other)}>
      {t('layout.otherLanguageName')}
    </Button>
  )
}
