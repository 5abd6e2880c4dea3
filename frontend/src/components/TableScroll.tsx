import type { ReactNode } from 'react'

/** Lets a wide table scroll on narrow screens; focusable so keyboard users can scroll it too. */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="casusregie-table-wrapper" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
