import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import type { Organisation } from '../../../lib/api/types'
import { makeMe, makeOrganisation } from '../../../test/fixtures'
import { API, problem, signedInAs } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'

function listing(items: Organisation[]) {
  return http.get(`${API}/organisations`, () => HttpResponse.json({ items, nextCursor: null }))
}

async function fillForm(user: ReturnType<typeof renderApp>['user']) {
  const form = within(await screen.findByRole('region', { name: 'Organisatie toevoegen' }))
  await user.type(form.getByLabelText('Naam'), 'Stichting Jeugdzorg West')
  await user.type(form.getByLabelText(/Afkorting/), 'SJW')
  await user.selectOptions(form.getByLabelText('Soort organisatie'), 'youth_care')
  await user.click(form.getByRole('button', { name: 'Organisatie toevoegen' }))
  return form
}

describe('create organisation', () => {
  test('posts a camelCase body and confirms', async () => {
    let body: unknown
    server.use(
      ...signedInAs(makeMe('admin')),
      listing([makeOrganisation()]),
      http.post(`${API}/organisations`, async ({ request }) => {
        body = await request.json()
        return HttpResponse.json<Organisation>(
          makeOrganisation({ id: 'org-9', name: 'Stichting Jeugdzorg West', shortName: 'SJW', kind: 'youth_care' }),
          { status: 201 },
        )
      }),
    )
    const { user } = renderApp('/admin/organisations')
    expect(await screen.findByRole('table', { name: 'Organisaties' })).toBeInTheDocument()
    const form = await fillForm(user)

    expect(await form.findByText('De organisatie Stichting Jeugdzorg West is toegevoegd.')).toBeInTheDocument()
    expect(body).toEqual({ name: 'Stichting Jeugdzorg West', shortName: 'SJW', kind: 'youth_care' })
  })

  test('shows invalidParams from a 400 on the right field', async () => {
    server.use(
      ...signedInAs(makeMe('admin')),
      listing([]),
      http.post(`${API}/organisations`, () =>
        problem(400, 'Invalid request', {
          detail: 'De invoer is niet geldig.',
          invalidParams: [{ name: 'shortName', reason: 'Maximaal 20 tekens.' }],
        }),
      ),
    )
    const { user } = renderApp('/admin/organisations')
    const form = await fillForm(user)

    const shortName = await form.findByLabelText(/Afkorting/)
    expect(shortName).toHaveAttribute('aria-invalid', 'true')
    expect(shortName).toHaveAccessibleDescription(/Maximaal 20 tekens\./)
    expect(form.getByLabelText('Naam')).not.toHaveAttribute('aria-invalid', 'true')
    expect(form.getByRole('alert')).toHaveTextContent('De invoer is niet geldig.')
  })

  test('"Meer laden" fetches the next page with the cursor', async () => {
    const cursors: (string | null)[] = []
    server.use(
      ...signedInAs(makeMe('admin')),
      http.get(`${API}/organisations`, ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor')
        cursors.push(cursor)
        return cursor
          ? HttpResponse.json({ items: [makeOrganisation({ id: 'org-2', name: 'Politie Amsterdam' })], nextCursor: null })
          : HttpResponse.json({ items: [makeOrganisation()], nextCursor: 'c2' })
      }),
    )
    const { user } = renderApp('/admin/organisations')
    await user.click(await screen.findByRole('button', { name: 'Meer laden' }))
    expect(await screen.findByRole('link', { name: 'Politie Amsterdam' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Gemeente Amsterdam' })).toBeInTheDocument()
    expect(cursors).toEqual([null, 'c2'])
    expect(screen.queryByRole('button', { name: 'Meer laden' })).not.toBeInTheDocument()
  })
})
