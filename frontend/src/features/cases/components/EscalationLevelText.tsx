import { useTranslation } from 'react-i18next'
import { isEscalationLevel } from '../../../lib/api/enums'

/** "1 – Casusoverleg" */
export function useEscalationLevelLabel() {
  const { t } = useTranslation()
  return (level: number) => (isEscalationLevel(level) ? t(`enums.escalationLevel.${level}`) : String(level))
}
