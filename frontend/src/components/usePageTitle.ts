import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'

/** WCAG 2.4.2: every page gets its own document title. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation()
  const app = t('app.name')
  useEffect(() => {
    document.title = title ? `${title} - ${app}` : app
  }, [title, app])
}
