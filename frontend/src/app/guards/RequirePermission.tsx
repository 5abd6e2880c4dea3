import { Outlet } from 'react-router'
import { can, type Permission } from '../../lib/auth/permissions'
import { useMe } from '../../lib/auth/useMe'
import NotFoundPage from '../routes/NotFoundPage'

/** Pages the actor may not use do not exist for them (the server enforces it anyway). */
export function RequirePermission({ permission }: { permission: Permission }) {
  const { data: me } = useMe()
  return can(me, permission) ? <Outlet /> : <NotFoundPage />
}
