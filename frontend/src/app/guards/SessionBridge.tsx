import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { Outlet, useLocation, useNavigate } from 'react-router'
import { setSessionExpiredHandler } from '../../lib/api/session'
import { loginPathFor } from '../../lib/auth/redirect'

/** When the session cannot be renewed: forget all cached data and go to /login, remembering where we were. */
export function SessionBridge() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const location = useLocation()
  const here = useRef('/')
  here.current = location.pathname + location.search

  useEffect(
    () =>
      setSessionExpiredHandler(() => {
        // Leave the signed-in routes first, so nothing refetches while the cache is emptied.
        void Promise.resolve(navigate(loginPathFor(here.current), { replace: true })).then(() => queryClient.clear())
      }),
    [queryClient, navigate],
  )
  return <Outlet />
}
