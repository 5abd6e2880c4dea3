import { todayIso } from '../../../lib/i18n/format'

export type CalendarView = 'week' | 'month'

function parse(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number)
  return new Date(year, month - 1, day)
}

function addDays(date: Date, days: number): Date {
  const copy = new Date(date)
  copy.setDate(copy.getDate() + days)
  return copy
}

/** The week (Monday to Sunday) or month around `anchor`, as dates for the from/to query. */
export function calendarRange(view: CalendarView, anchor: string): { from: string; to: string } {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(anchor) ? parse(anchor) : parse(todayIso())
  if (view === 'month') {
    const first = new Date(date.getFullYear(), date.getMonth(), 1)
    const last = new Date(date.getFullYear(), date.getMonth() + 1, 0)
    return { from: todayIso(first), to: todayIso(last) }
  }
  const monday = addDays(date, -((date.getDay() + 6) % 7))
  return { from: todayIso(monday), to: todayIso(addDays(monday, 6)) }
}

/** The anchor of the previous (-1) or next (+1) week or month. */
export function shiftAnchor(view: CalendarView, anchor: string, step: -1 | 1): string {
  const { from } = calendarRange(view, anchor)
  const date = parse(from)
  if (view === 'month') return todayIso(new Date(date.getFullYear(), date.getMonth() + step, 1))
  return todayIso(addDays(date, 7 * step))
}
