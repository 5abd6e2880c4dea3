import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test, vi } from 'vitest'
import { makeCaseDetail, makeMe, makeOrganisation, makePersonMatch } from '../../../test/fixtures'
import { API, signedInAs } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'

const organisations = http.get(`${API}/organisations`, () =>
  HttpResponse.json({
    items: [makeOrganisation(), makeOrganisation({ id: 'org-3', name: 'Leerplicht Amsterdam', kind: 'education' })],
    nextCursor: null,
  }),
)
const newCase = makeCaseDetail({ id: 'case-new', reference: 'RAD-2026-0043', status: 'referred' })
const afterCreate = [
  http.get(`${API}/cases/case-new`, () => HttpResponse.json(newCase)),
  http.get(`${API}/cases/case-new/journal-entries`, () => HttpResponse.json({ items: [], nextCursor: null })),
  http.get(`${API}/cases/case-new/regisseur-candidates`, () => HttpResponse.json({ items: [] })),
]

async function fillReferral(user: ReturnType<typeof renderApp>['user']) {
  const form = within(screen.getByRole('form', { name: 'Melding registreren' }))
  await form.findByRole('option', { name: 'Leerplicht Amsterdam' })
  await user.selectOptions(form.getByLabelText('Melder (organisatie)'), 'org-3')
  await user.type(form.getByLabelText('Naam van de melder'), 'Lotte Leerplicht')
  await user.clear(form.getByLabelText('Datum van de melding'))
  await user.type(form.getByLabelText('Datum van de melding'), '2026-02-02')
  await user.selectOptions(form.getByLabelText('Ideologie'), 'jihadist')
  await user.type(form.getByLabelText(/^Omschrijving/), 'Deelt extremistische filmpjes.')
  await user.type(form.getByLabelText('Reden van zorg'), 'Snelle verandering in gedrag.')
  return form
}

describe('referral form', () => {
  test('runs the duplicate check, and posts the chosen known person with the ticked earlier case', async () => {
    let matchBody: unknown
    let createBody: unknown
    server.use(
      ...signedInAs(makeMe('coordinator')),
      organisations,
      http.post(`${API}/persons/matches`, async ({ request }) => {
        matchBody = await request.json()
        return HttpResponse.json({ items: [makePersonMatch({ bsnMatch: true }), makePersonMatch({ personId: 'person-9', fullName: 'Sami Amrani', cases: [] })] })
      }),
      http.post(`${API}/cases`, async ({ request }) => {
        createBody = await request.json()
        return HttpResponse.json(newCase, { status: 201, headers: { Location: '/api/v1/cases/case-new' } })
      }),
      ...afterCreate,
    )
    const { user, router } = renderApp('/cases/new')
    await screen.findByRole('heading', { level: 1, name: 'Nieuwe melding' })
    const form = await fillReferral(user)
    await user.type(form.getByLabelText('Voornamen'), 'Sami')
    await user.type(form.getByLabelText('Achternaam'), 'Amrani')
    await user.type(form.getByLabelText(/^BSN/), '123456782')
    await user.click(form.getByRole('button', { name: 'Controleer op eerdere meldingen' }))

    const results = within(await screen.findByRole('region', { name: 'Eerdere meldingen' }))
    expect(matchBody).toEqual({ surname: 'Amrani', firstNames: 'Sami', bsn: '123456782' })
    expect(results.getByText('BSN komt overeen')).toBeInTheDocument()

    // Without a choice the referral is not sent.
    await user.click(form.getByRole('button', { name: 'Melding registreren' }))
    expect(await results.findByRole('group', { name: 'Gaat de melding over een van deze personen?' })).toHaveAccessibleDescription(
      /Kies of de melding over een van deze personen gaat\./,
    )
    expect(createBody).toBeUndefined()

    await user.click(results.getByRole('radio', { name: /Sami el Amrani, geboren 17 mei 2008/ }))
    await user.click(results.getByRole('checkbox', { name: /RAD-2024-0007 van Sami el Amrani \(Afgesloten/ }))
    await user.click(form.getByRole('button', { name: 'Melding registreren' }))

    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/cases/case-new'))
    expect(createBody).toEqual({
      personId: 'person-1',
      referral: {
        sourceOrganisationId: 'org-3',
        referrerName: 'Lotte Leerplicht',
        referredOn: '2026-02-02',
        description: 'Deelt extremistische filmpjes.',
        reasonForConcern: 'Snelle verandering in gedrag.',
        ideology: 'jihadist',
      },
      linkedCaseIds: ['case-old'],
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Casus RAD-2026-0043' })).toBeInTheDocument()
  })

  test('submitting runs the check first; with no match, the new person is posted', async () => {
    let checks = 0
    let createBody: unknown
    server.use(
      ...signedInAs(makeMe('coordinator')),
      organisations,
      http.post(`${API}/persons/matches`, () => {
        checks += 1
        return HttpResponse.json({ items: [] })
      }),
      http.post(`${API}/cases`, async ({ request }) => {
        createBody = await request.json()
        return HttpResponse.json(newCase, { status: 201 })
      }),
      ...afterCreate,
    )
    const { user, router } = renderApp('/cases/new')
    await screen.findByRole('heading', { level: 1, name: 'Nieuwe melding' })
    const form = await fillReferral(user)
    await user.type(form.getByLabelText('Voornamen'), 'Noor')
    await user.type(form.getByLabelText(/^Tussenvoegsel/), 'van')
    await user.type(form.getByLabelText('Achternaam'), 'Dijk')
    await user.selectOptions(form.getByLabelText('Geslacht'), 'female')
    await user.selectOptions(form.getByLabelText('Stadsdeel'), 'oost')
    await user.type(form.getByLabelText(/^BSN/), '123456789')
    await user.click(form.getByRole('button', { name: 'Melding registreren' }))
    expect(form.getByLabelText(/^BSN/)).toHaveAccessibleDescription(/Dit is geen geldig BSN/)

    await user.clear(form.getByLabelText(/^BSN/))
    await user.click(form.getByRole('button', { name: 'Melding registreren' }))
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/cases/case-new'))
    expect(checks).toBe(1)
    expect(createBody).toEqual({
      person: { firstNames: 'Noor', prefix: 'van', surname: 'Dijk', gender: 'female', district: 'oost' },
      referral: expect.objectContaining({ sourceOrganisationId: 'org-3', ideology: 'jihadist' }),
      linkedCaseIds: [],
    })
  })
})
