/** Only same-app paths are accepted as a place to return to after login (no open redirect). */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/'
  if (value.startsWith('/login')) return '/'
  return value
}

export function loginPathFor(returnTo: string): string {
  const path = safeReturnPath(returnTo)
  return path === '/' ? '/login' : `/login?next=${encodeURIComponent(path)}`
}
