import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { API, signedInAs } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'
import type { OverdueReview } from '../api/types'
import { frameworkListHandler, makeAssessor } from './fixtures'

function review(overrides: Partial<OverdueReview>): OverdueReview {
  return {
    caseId: 'case-1',
    reference: 'RAD-2026-0042',
    personName: 'Daan de Groot',
    assessmentId: 'assessment-1',
    finalLevel: 'elevated',
    nextReviewOn: '2026-03-01',
    daysOverdue: 12,
    afterClosure: false,
    ...overrides,
  }
}

describe('reviews due', () => {
  test('periodic reviews and follow-ups after closure are told apart, most overdue first', async () => {
    const asked: string[] = []
    server.use(
      ...signedInAs(makeAssessor('regisseur')),
      frameworkListHandler(),
      http.get(`${API}/reviews/overdue`, ({ request }) => {
        asked.push(new URL(request.url).search)
        return HttpResponse.json([
          review({}),
          review({ caseId: 'case-2', reference: 'RAD-2025-0007', personName: 'Sara El Idrissi', daysOverdue: 40, afterClosure: true, finalLevel: 'low' }),
        ])
      }),
    )
    renderApp('/reviews')
    const table = within(await screen.findByRole('table', { name: 'Herbeoordelingen' }))
    const rows = table.getAllByRole('row').slice(1)
    expect(within(rows[0]).getByRole('link', { name: 'RAD-2025-0007' })).toHaveAttribute('href', '/cases/case-2')
    expect(within(rows[0]).getByText('Nazorg na afsluiting')).toBeInTheDocument()
    expect(within(rows[0]).getByText('40 dagen te laat')).toBeInTheDocument()
    expect(within(rows[1]).getByText('Periodiek')).toBeInTheDocument()
    expect(asked[0]).toBe('?withinDays=0')
  })
})
