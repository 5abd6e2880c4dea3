import { Button } from '@amsterdam/design-system-react'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useLogout } from '../api/logout'

/** Signs out; whatever the server answers, nothing of the session stays in memory. */
export function LogoutButton() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const logout = useLogout()

  async function signOut() {
    await logout.mutateAsync().catch(() => undefined)
    // Leave the signed-in routes first, so no query refetches the session we just ended.
    await navigate('/login', { replace: true })
    queryClient.clear()
  }

  return (
    <Button variant="tertiary" disabled={logout.isPending} onClick={() => void signOut()}>
      {t('auth.logout')}
    </Button>
  )
}
