import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { makeMe, makeProcess } from '../../../test/fixtures'
import { API, signedInAs } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'
import nl from '../../../locales/nl.json'

describe('process page', () => {
  test('draws every state and lists every transition in the text alternative', async () => {
    const process = makeProcess()
    server.use(...signedInAs(makeMe('analyst')), http.get(`${API}/process`, () => HttpResponse.json(process)))
    renderApp('/process')

    const chart = await screen.findByRole('img', { name: 'Stroomschema van de fasen van een casus' })
    expect(chart.tagName.toLowerCase()).toBe('svg')
    for (const state of process.states) expect(chart).toHaveTextContent(nl.enums.caseStatus[state.code])
    expect(chart.querySelectorAll('.casusregie-process-node--final')).toHaveLength(2)
    expect(chart.querySelectorAll('.casusregie-process-edge--new-case')).toHaveLength(1)
    // No inline styles: the Content-Security-Policy forbids them.
    expect(chart.querySelectorAll('[style]')).toHaveLength(0)

    const table = screen.getByRole('table', { name: 'Alle stappen tussen de fasen' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(process.transitions.length)
    process.transitions.forEach((transition, index) => {
      const cells = within(rows[index]).getAllByRole('cell')
      expect(cells[0]).toHaveTextContent(nl.enums.caseStatus[transition.fromStatus])
      expect(cells[1]).toHaveTextContent(nl.enums.transition[transition.name])
      expect(cells[2]).toHaveTextContent(nl.enums.caseStatus[transition.toStatus ?? 'referred'])
    })
    expect(within(rows[16]).getAllByRole('cell')[2]).toHaveTextContent('een nieuwe casus')
    expect(screen.getByText(/Er zijn 17 stappen tussen de fasen\. Eindfasen: Afgesloten, Overgedragen\./)).toBeInTheDocument()
    expect(chart).toHaveAccessibleDescription(/Er zijn 17 stappen/)
  })
})
