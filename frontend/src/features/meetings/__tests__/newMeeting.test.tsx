import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { API, problem } from '../../../test/handlers'
import { makeOrganisation } from '../../../test/fixtures'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'
import { makeMeeting, meetingHandlers, OM, POLICE, YOUTH } from './fixtures'

describe('planning a meeting', () => {
  test('sends type, moment, organisations and participants, shows the server’s errors, and opens the new meeting', async () => {
    const posts: Record<string, unknown>[] = []
    let fail = true
    server.use(
      ...meetingHandlers(() => makeMeeting()),
      http.get(`${API}/organisations`, () =>
        HttpResponse.json({
          items: [POLICE, OM, YOUTH].map(({ id, name, kind }) => makeOrganisation({ id, name, kind: kind as 'police' })),
          nextCursor: null,
        }),
      ),
      http.post(`${API}/meetings`, async ({ request }) => {
        posts.push((await request.json()) as Record<string, unknown>)
        if (fail) {
          fail = false
          return problem(400, 'Invalid meeting', { invalidParams: [{ name: 'body.place', reason: 'Te lang.' }] })
        }
        return HttpResponse.json(makeMeeting(), { status: 201 })
      }),
    )
    const { user, router } = renderApp('/meetings/new')
    await user.selectOptions(await screen.findByLabelText('Soort overleg'), 'Casusoverleg')
    await user.click(screen.getByRole('button', { name: 'Overleg plannen' }))
    expect(screen.getByLabelText('Plaats')).toHaveAccessibleDescription(/Vul dit in\./)
    expect(screen.getByRole('group', { name: 'Deelnemende organisaties' })).toHaveAccessibleDescription(/Kies minstens één organisatie/)
    expect(posts).toHaveLength(0)

    await user.clear(screen.getByLabelText('Datum'))
    await user.type(screen.getByLabelText('Datum'), '2026-12-09')
    await user.type(screen.getByLabelText('Plaats'), 'Veiligheidshuis')
    await user.type(screen.getByLabelText('Voorzitter'), 'Cor Coördinator')
    await user.click(await screen.findByRole('checkbox', { name: 'Politie Eenheid Amsterdam' }))
    await user.click(screen.getByRole('checkbox', { name: 'Jeugdbescherming Regio Amsterdam' }))
    await user.type(screen.getByLabelText(/^Deelnemers/), 'Priya Politie{Enter}{Enter}Pieter Partner')
    await user.click(screen.getByRole('button', { name: 'Overleg plannen' }))
    expect(await screen.findByLabelText('Plaats')).toHaveAccessibleDescription(/Te lang\./)

    await user.click(screen.getByRole('button', { name: 'Overleg plannen' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Overleg OVL-2026-0003' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/meetings/meeting-1')
    expect(posts[1]).toEqual({
      type: 'case_conference',
      startsAt: new Date('2026-12-09T09:00').toISOString(),
      place: 'Veiligheidshuis',
      secretaryName: '',
      chairName: 'Cor Coördinator',
      organisationIds: ['org-police', 'org-youth'],
      participants: ['Priya Politie', 'Pieter Partner'],
    })
  })
})
