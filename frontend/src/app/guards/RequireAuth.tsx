import { Navigate, Outlet, useLocation } from 'react-router'
import { Loading } from '../../components/Loading'
import { ProblemAlert } from '../../components/ProblemAlert'
import { isApiError } from '../../lib/api/problem'
import { loginPathFor } from '../../lib/auth/redirect'
import { useMe } from '../../lib/auth/useMe'

/** Signed-in routes only: without a session, go to /login and come back here afterwards. */
export function RequireAuth() {
  const me = useMe()
  const location = useLocation()
  if (me.isPending) return <Loading />
  if (me.isError) {
    if (isApiError(me.error, 401)) return <Navigate to={loginPathFor(location.pathname + location.search)} replace />
    return <ProblemAlert error={me.error} headingLevel={1} />
  }
  return <Outlet />
}
