import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test, vi } from 'vitest'
import { makeAuditEvent, makeMe } from '../../../test/fixtures'
import { API, signedInAs } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'

describe('audit log', () => {
  test('lists events, filters them, and verifies the chain on request', async () => {
    const queries: string[] = []
    server.use(
      ...signedInAs(makeMe('privacy_officer')),
      http.get(`${API}/audit-events`, ({ request }) => {
        queries.push(new URL(request.url).search)
        return HttpResponse.json({ items: [makeAuditEvent({ seq: 1234, outcome: 'denied' })], nextCursor: null })
      }),
      http.get(`${API}/audit-events/verification`, () =>
        HttpResponse.json({ valid: false, checkedCount: 1500, firstBrokenSeq: 1234, reason: 'hash mismatch' }),
      ),
    )
    const { user } = renderApp('/audit')
    const table = await screen.findByRole('table', { name: 'Auditgebeurtenissen, nieuwste eerst' })
    expect(table).toHaveTextContent('1.234')
    expect(table).toHaveTextContent('Geweigerd')

    await user.type(screen.getByLabelText('Actie'), 'user.created')
    await user.click(screen.getByRole('button', { name: 'Filteren' }))
    await vi.waitFor(() => expect(queries.at(-1)).toContain('action=user.created'))

    await user.click(screen.getByRole('button', { name: 'Keten controleren' }))
    expect(await screen.findByRole('heading', { name: 'De auditketen is verbroken' })).toBeInTheDocument()
    expect(screen.getByText(/vanaf gebeurtenis 1\.234/)).toBeInTheDocument()
  })
})
