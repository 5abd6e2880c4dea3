import { useTranslation } from 'react-i18next'

/** Dutch formatting by default; British English when the interface is in English. */
export function localeFor(language: string): string {
  return language === 'en' ? 'en-GB' : 'nl-NL'
}

export function useFormat() {
  const { i18n } = useTranslation()
  const locale = localeFor(i18n.language)
  return {
    locale,
    dateTime(iso: string | null | undefined): string {
      if (!iso) return ''
      return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
    },
    number(value: number): string {
      return new Intl.NumberFormat(locale).format(value)
    },
  }
}
