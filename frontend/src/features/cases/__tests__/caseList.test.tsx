import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test, vi } from 'vitest'
import { makeCaseSummary, makeMe } from '../../../test/fixtures'
import { API, signedInAs } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'

function listCases(queries: URLSearchParams[]) {
  return http.get(`${API}/cases`, ({ request }) => {
    queries.push(new URL(request.url).searchParams)
    return HttpResponse.json({ items: [makeCaseSummary()], nextCursor: null })
  })
}

describe('case list', () => {
  test('filters come from the address bar, go back into it, and the back button restores them', async () => {
    const queries: URLSearchParams[] = []
    server.use(...signedInAs(makeMe('coordinator')), listCases(queries))
    const { user, router } = renderApp('/cases?status=weighing&q=amrani&sort=reference&bogus=1')

    const table = await screen.findByRole('table', { name: 'Casussen' })
    expect(within(table).getByRole('link', { name: 'RAD-2026-0042' })).toHaveAttribute('href', '/cases/case-1')
    expect(table).toHaveTextContent('Weging')
    expect(table).toHaveTextContent('1 – Casusoverleg')
    expect(queries.at(-1)?.get('status')).toBe('weighing')
    expect(queries.at(-1)?.get('q')).toBe('amrani')
    expect(queries.at(-1)?.get('sort')).toBe('reference')
    expect(queries.at(-1)?.has('bogus')).toBe(false)

    const filters = within(screen.getByRole('search', { name: 'Casussen filteren' }))
    expect(filters.getByLabelText('Fase')).toHaveValue('weighing')
    expect(filters.getByLabelText(/Zoeken/)).toHaveValue('amrani')

    await user.selectOptions(filters.getByLabelText('Ideologie'), 'right_wing_extremist')
    await user.selectOptions(filters.getByLabelText('Escalatieniveau'), '2')
    await user.type(filters.getByLabelText('Geopend vanaf'), '2026-01-01')
    await user.click(filters.getByRole('button', { name: 'Filteren' }))

    await vi.waitFor(() =>
      expect(router.state.location.search).toBe(
        '?q=amrani&status=weighing&escalationLevel=2&ideology=right_wing_extremist&openedFrom=2026-01-01&sort=reference',
      ),
    )
    await vi.waitFor(() => expect(queries.at(-1)?.get('ideology')).toBe('right_wing_extremist'))
    expect(queries.at(-1)?.get('escalationLevel')).toBe('2')
    expect(queries.at(-1)?.get('openedFrom')).toBe('2026-01-01')

    await router.navigate(-1)
    await vi.waitFor(() => expect(router.state.location.search).toBe('?status=weighing&q=amrani&sort=reference&bogus=1'))
    await vi.waitFor(() =>
      expect(within(screen.getByRole('search', { name: 'Casussen filteren' })).getByLabelText('Ideologie')).toHaveValue(''),
    )

    await user.click(within(screen.getByRole('search', { name: 'Casussen filteren' })).getByRole('button', { name: 'Wissen' }))
    await vi.waitFor(() => expect(router.state.location.search).toBe(''))
  })

  test('the coordinator may register a referral; a partner sees the list without that link', async () => {
    server.use(...signedInAs(makeMe('coordinator')), listCases([]))
    const first = renderApp('/cases')
    expect(await screen.findByRole('link', { name: 'Nieuwe melding registreren' })).toHaveAttribute('href', '/cases/new')
    first.unmount()

    server.use(...signedInAs(makeMe('partner')), listCases([]))
    renderApp('/cases')
    await screen.findByRole('table', { name: 'Casussen' })
    expect(screen.queryByRole('link', { name: 'Nieuwe melding registreren' })).not.toBeInTheDocument()
  })

  test('open acute alerts show as a count per case', async () => {
    server.use(
      ...signedInAs(makeMe('coordinator')),
      http.get(`${API}/cases`, () =>
        HttpResponse.json({
          items: [makeCaseSummary({ openAlertCount: 2 }), makeCaseSummary({ id: 'case-2', reference: 'RAD-2026-0043' })],
          nextCursor: null,
        }),
      ),
    )
    renderApp('/cases')
    const table = await screen.findByRole('table', { name: 'Casussen' })
    expect(within(table).getByRole('columnheader', { name: 'Acute signalen' })).toBeInTheDocument()
    expect(within(table).getAllByTestId('open-alert-count').map((cell) => cell.textContent)).toEqual(['2', '0'])
  })

  test('roles without case access do not get the page', async () => {
    server.use(...signedInAs(makeMe('admin')))
    renderApp('/cases')
    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeInTheDocument()
  })
})
