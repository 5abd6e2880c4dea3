import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'

/** After a client-side navigation, move focus to <main id="main"> so screen readers start at the new content. */
export function useFocusMainOnNavigate(): void {
  const { pathname } = useLocation()
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    document.getElementById('main')?.focus({ preventScroll: false })
  }, [pathname])
}
