import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test, vi } from 'vitest'
import { API, signedInAs } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'
import type { AlertListItem } from '../api/types'
import { frameworkListHandler, makeAlertListItem, makeAssessor, makeFramework } from './fixtures'

const SECOND = makeAlertListItem({
  id: 'alert-2',
  caseId: 'case-2',
  caseReference: 'RAD-2026-0051',
  indicatorCodes: ['D1', 'A1'],
  raisedAt: '2026-03-04T08:30:00Z',
})

function alertPages(open: () => AlertListItem[], queries: string[] = []) {
  return [
    frameworkListHandler(),
    http.get(`${API}/assessment-frameworks/fw-1`, () => HttpResponse.json(makeFramework())),
    http.get(`${API}/alerts`, ({ request }) => {
      queries.push(new URL(request.url).search)
      return HttpResponse.json(open())
    }),
  ]
}

describe('open acute alerts across cases', () => {
  test('the coordinator finds them from the menu, opens the case, and takes one up with the dialog', async () => {
    let open = [makeAlertListItem(), SECOND]
    const queries: string[] = []
    let posted: unknown
    server.use(
      ...signedInAs(makeAssessor('coordinator')),
      ...alertPages(() => open, queries),
      http.post(`${API}/alerts/alert-2/acknowledge`, async ({ request }) => {
        posted = await request.json()
        open = [makeAlertListItem()]
        return HttpResponse.json({ ...SECOND, acknowledgedAt: '2026-03-04T09:00:00Z', acknowledgedBy: 'Cor Coördinator', routedTo: 'police' })
      }),
    )
    const { user } = renderApp('/')
    // A tile on the home page, and an item in the menu.
    const tile = await screen.findByRole('heading', { level: 3, name: 'Acute signalen' })
    expect(within(tile).getByRole('link')).toHaveAttribute('href', '/alerts')
    await user.click(within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getByRole('link', { name: 'Acute signalen' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Acute signalen' })).toBeInTheDocument()
    const table = within(await screen.findByRole('table', { name: 'Open acute signalen' }))
    expect(queries[0]).toBe('?open=true')
    expect(table.getByRole('link', { name: 'RAD-2026-0042' })).toHaveAttribute('href', '/cases/case-1')
    const row = within(table.getByRole('row', { name: /RAD-2026-0051/ }))
    // Indicator names from the published framework version.
    expect(await row.findByText('D1 Dreiging / intentie; A1 Wij-zij denken')).toBeInTheDocument()
    expect(row.getByText(/^4 mrt 2026, \d\d:30$/)).toBeInTheDocument()

    await user.click(row.getByRole('button', { name: 'Signaal oppakken bij casus RAD-2026-0051' }))
    const dialog = within(await screen.findByRole('dialog'))
    expect(dialog.getByText(/Signaal bij: D1 Dreiging \/ intentie; A1 Wij-zij denken\./)).toBeInTheDocument()
    await user.click(dialog.getByRole('radio', { name: 'Politie' }))
    await user.type(dialog.getByLabelText(/^Afspraak of toelichting/), 'Wijkagent ingelicht.')
    await user.click(dialog.getByRole('button', { name: 'Signaal oppakken' }))

    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(posted).toEqual({ routedTo: 'police', routingNote: 'Wijkagent ingelicht.' })
    await vi.waitFor(() => expect(table.queryByRole('row', { name: /RAD-2026-0051/ })).not.toBeInTheDocument())
    expect(screen.getByRole('status')).toHaveTextContent('Het signaal bij casus RAD-2026-0051 is opgepakt.')
    expect(screen.getByText('Het signaal bij casus RAD-2026-0051 is opgepakt.')).toHaveFocus()
    expect(table.getByRole('row', { name: /RAD-2026-0042/ })).toBeInTheDocument()
  })

  test('a regisseur sees the open alerts but cannot take them up; with none open, the page says so', async () => {
    let open = [makeAlertListItem()]
    server.use(...signedInAs(makeAssessor('regisseur')), ...alertPages(() => open))
    const first = renderApp('/alerts')
    const row = within(await screen.findByRole('row', { name: /RAD-2026-0042/ }))
    expect(row.getByText('Wacht op de coördinator of de politie')).toBeInTheDocument()
    expect(row.queryByRole('button')).not.toBeInTheDocument()
    first.unmount()

    open = []
    renderApp('/alerts')
    expect(await screen.findByText('Er zijn geen open acute signalen.')).toBeInTheDocument()
  })
})
