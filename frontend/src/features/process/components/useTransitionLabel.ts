import { useTranslation } from 'react-i18next'
import type { ProcessTransition } from '../../../lib/api/types'

/** "Verkenning starten"; reopen says that it starts a new case. */
export function useTransitionLabel() {
  const { t } = useTranslation()
  return (transition: Pick<ProcessTransition, 'name' | 'toStatus'>) =>
    transition.toStatus === null
      ? t('process.newCaseTransition', { transition: t(`enums.transition.${transition.name}`) })
      : t(`enums.transition.${transition.name}`)
}
