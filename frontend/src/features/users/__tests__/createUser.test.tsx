import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { makeMe, makeOrganisation, makeUser } from '../../../test/fixtures'
import { API, signedInAs } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'

describe('create user', () => {
  test('posts the chosen organisation and roles, and shows the activation code once', async () => {
    let body: unknown
    server.use(
      ...signedInAs(makeMe('admin')),
      http.get(`${API}/organisations`, () =>
        HttpResponse.json({ items: [makeOrganisation(), makeOrganisation({ id: 'org-2', name: 'Politie' })], nextCursor: null }),
      ),
      http.get(`${API}/users`, () => HttpResponse.json({ items: [makeUser()], nextCursor: null })),
      http.post(`${API}/users`, async ({ request }) => {
        body = await request.json()
        return HttpResponse.json(
          {
            user: makeUser({ id: 'user-8', displayName: 'Priya Politie', activationPending: true }),
            activationCode: 'ABCD-EFGH-JKLM',
            activationExpiresAt: '2026-01-08T09:00:00Z',
          },
          { status: 201 },
        )
      }),
    )
    const { user } = renderApp('/admin/users')
    const form = within(await screen.findByRole('region', { name: 'Gebruiker toevoegen' }))
    await user.type(form.getByLabelText('Gebruikersnaam'), 'ppolitie')
    await user.type(form.getByLabelText('Naam'), 'Priya Politie')
    await form.findByRole('option', { name: 'Politie' })
    await user.selectOptions(form.getByLabelText('Organisatie'), 'org-2')
    await user.click(form.getByRole('checkbox', { name: 'Politie' }))
    await user.click(form.getByRole('button', { name: 'Gebruiker toevoegen' }))

    expect(await form.findByTestId('activation-code')).toHaveTextContent('ABCD-EFGH-JKLM')
    expect(form.getByText(/niet per e-mail/)).toBeInTheDocument()
    expect(body).toEqual({ username: 'ppolitie', displayName: 'Priya Politie', organisationId: 'org-2', roles: ['police'] })
  })

  test('without a role the form is not sent', async () => {
    let posted = false
    server.use(
      ...signedInAs(makeMe('admin')),
      http.get(`${API}/organisations`, () => HttpResponse.json({ items: [makeOrganisation()], nextCursor: null })),
      http.get(`${API}/users`, () => HttpResponse.json({ items: [], nextCursor: null })),
      http.post(`${API}/users`, () => {
        posted = true
        return HttpResponse.json({}, { status: 500 })
      }),
    )
    const { user } = renderApp('/admin/users')
    const form = within(await screen.findByRole('region', { name: 'Gebruiker toevoegen' }))
    await user.click(form.getByRole('button', { name: 'Gebruiker toevoegen' }))
    expect(form.getByRole('group', { name: 'Rollen' })).toHaveAccessibleDescription(/Kies minimaal één rol\./)
    expect(posted).toBe(false)
  })
})
