import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { makeCaseDetail } from '../../../test/fixtures'
import { API } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'
import type { Comparison } from '../api/types'
import { casePageHandlers, makeAssessmentSummary } from './fixtures'

const COMPARISON: Comparison = {
  perspectives: [
    { perspective: 'municipality', assessmentId: 'assessment-1', assessedOn: '2026-02-12', organisationName: 'Gemeente Amsterdam' },
    { perspective: 'police', assessmentId: 'assessment-2', assessedOn: '2026-02-14', organisationName: 'Politie Eenheid Amsterdam' },
  ],
  rows: [
    {
      dimension: 'ideology',
      indicatorCode: 'A1',
      cells: [
        { perspective: 'municipality', presence: 'present', relevance: 'high' },
        { perspective: 'police', presence: 'present', relevance: 'medium' },
      ],
    },
    {
      dimension: 'ideology',
      indicatorCode: 'A4',
      cells: [
        { perspective: 'municipality', presence: null, relevance: null },
        { perspective: 'police', presence: 'absent', relevance: null },
      ],
    },
    {
      dimension: 'intent_behaviour',
      indicatorCode: 'D1',
      cells: [
        { perspective: 'municipality', presence: 'absent', relevance: null },
        { perspective: 'police', presence: 'present', relevance: 'high' },
      ],
    },
  ],
  disagreements: [
    {
      indicatorCode: 'D1',
      dimension: 'intent_behaviour',
      kind: 'presence',
      perspectives: ['police', 'municipality'],
      higher: ['police'],
      lower: ['municipality'],
    },
  ],
  dimensionSummary: [],
}

describe('comparison of perspectives', () => {
  test('perspectives side by side per dimension; disagreements highlighted and listed', async () => {
    server.use(
      ...casePageHandlers('coordinator', {
        assessments: () => [makeAssessmentSummary({ status: 'submitted', finalLevel: 'elevated' })],
      }),
      http.get(`${API}/cases/case-1`, () => HttpResponse.json(makeCaseDetail())),
      http.get(`${API}/cases/case-1/assessment-comparison`, () => HttpResponse.json(COMPARISON)),
    )
    renderApp('/cases/case-1/comparison')
    expect(await screen.findByRole('heading', { level: 1, name: 'Perspectieven vergelijken: casus RAD-2026-0042' })).toBeInTheDocument()

    const list = within(await screen.findByRole('list', { name: 'Verschillen tussen de perspectieven' }))
    expect(screen.getByRole('heading', { level: 2, name: '1 verschil om te bespreken' })).toBeInTheDocument()
    expect(list.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'D1 Dreiging / intentie (aanwezigheid): Politie: Aanwezig (relevantie Hoog); Gemeente: Afwezig',
    ])

    const intent = within(screen.getByRole('table', { name: 'Beoordelingen per perspectief: Intentie en gedrag' }))
    expect(intent.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Indicator', 'Gemeente', 'Politie'])
    const d1 = intent.getByRole('row', { name: /D1 Dreiging/ })
    expect(d1).toHaveAttribute('data-disagreement', 'true')
    expect(d1).toHaveTextContent('Verschil: aanwezigheid')

    const beliefs = within(screen.getByRole('table', { name: 'Beoordelingen per perspectief: Denkbeelden' }))
    const a1 = beliefs.getByRole('row', { name: /A1 Wij-zij denken/ })
    expect(a1).not.toHaveAttribute('data-disagreement')
    expect(a1).toHaveTextContent('Aanwezig (relevantie Hoog)Aanwezig (relevantie Gemiddeld)')
    expect(beliefs.getByRole('row', { name: /A4 Ontmenselijking/ })).toHaveTextContent('niet beoordeeld of niet zichtbaarAfwezig')
    expect(screen.getByRole('link', { name: 'Politie: Politie Eenheid Amsterdam, 14 feb 2026' })).toHaveAttribute('href', '/assessments/assessment-2')
  })
})
