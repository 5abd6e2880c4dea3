import { useTranslation } from 'react-i18next'
import type { User } from '../../../lib/api/types'

export function useUserStatus() {
  const { t } = useTranslation()
  return (user: Pick<User, 'active' | 'activationPending'>) =>
    !user.active ? t('common.inactive') : user.activationPending ? t('users.activationPending') : t('common.active')
}
