import { Outlet } from 'react-router'
import { can, type Permission } from '../../lib/auth/permissions'
import { useMe } from '../../lib/auth/useMe'
import NotFoundPage from '../routes/NotFoundPage'

/** Pages the actor may not use do not exist for them (the server enforces it anyway). A list means: any of them. */
export function RequirePermission({ permission }: { permission: Permission | readonly Permission[] }) {
  const { data: me } = useMe()
  const permissions: readonly Permission[] = typeof permission === 'string' ? [permission] : permission
  return permissions.some((item) => can(me, item)) ? <Outlet /> : <NotFoundPage />
}
