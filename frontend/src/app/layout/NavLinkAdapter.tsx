import type { AnchorHTMLAttributes, Ref } from 'react'
import { NavLink } from 'react-router'

/** Like RouterLinkAdapter, but marks the current page with aria-current="page". */
export function NavLinkAdapter({
  href = '/',
  ref,
  className,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> }) {
  return <NavLink to={href} end={href === '/'} ref={ref} className={className} {...rest} />
}
