import type { AnchorHTMLAttributes, Ref } from 'react'
import { Link } from 'react-router'

/** ADS link components pass `href`; React Router's Link needs `to`. */
export function RouterLinkAdapter({
  href = '/',
  ref,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> }) {
  return <Link to={href} ref={ref} {...rest} />
}
