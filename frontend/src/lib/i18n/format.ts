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
    /** A calendar date ("2026-03-14", or the date of a timestamp), without a time-zone shift for plain dates. */
    date(value: string | null | undefined): string {
      if (!value) return ''
      const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
      const date = plain ? new Date(Number(plain[1]), Number(plain[2]) - 1, Number(plain[3])) : new Date(value)
      return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date)
    },
    number(value: number): string {
      return new Intl.NumberFormat(locale).format(value)
    },
  }
}

/** Today as YYYY-MM-DD in the browser's time zone (the default for date fields). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
