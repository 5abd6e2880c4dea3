import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { API, problem } from '../../../test/handlers'
import { makeOrganisation } from '../../../test/fixtures'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'
import type { Meeting } from '../api/meetingTypes'
import { makeMeeting, meetingHandlers, OM, OOV, POLICE, YOUTH } from './fixtures'

const organisationsHandler = http.get(`${API}/organisations`, () =>
  HttpResponse.json({
    items: [OOV, POLICE, OM, YOUTH].map(({ id, name, kind }) => makeOrganisation({ id, name, kind: kind as 'police' })),
    nextCursor: null,
  }),
)

/** The moment as the browser shows it, whatever time zone the tests run in. */
function localMoment(iso: string) {
  const date = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return {
    date: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
    time: `${pad(date.getHours())}:${pad(date.getMinutes())}`,
  }
}

describe('changing a planned meeting', () => {
  test('the form opens prefilled from the meeting page, a 400 stands at the field, and only the change is PATCHed with If-Match', async () => {
    let meeting = makeMeeting()
    const patches: { body: unknown; ifMatch: string | null }[] = []
    server.use(
      ...meetingHandlers(() => meeting),
      organisationsHandler,
      http.patch(`${API}/meetings/meeting-1`, async ({ request }) => {
        patches.push({ body: await request.json(), ifMatch: request.headers.get('If-Match') })
        if (patches.length === 1) {
          return problem(400, 'Invalid meeting', { invalidParams: [{ name: 'body.place', reason: 'Te lang.' }] })
        }
        meeting = { ...meeting, place: 'Veiligheidshuis', version: 6 }
        return HttpResponse.json(meeting, { headers: { ETag: '"6"' } })
      }),
    )
    const { user, router } = renderApp('/meetings/meeting-1')
    await user.click(await screen.findByRole('link', { name: 'Wijzigen' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Overleg OVL-2026-0003 wijzigen' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/meetings/meeting-1/edit')
    expect(screen.queryByLabelText('Soort overleg')).not.toBeInTheDocument()
    const moment = localMoment('2026-12-02T08:30:00Z')
    expect(screen.getByLabelText('Datum')).toHaveValue(moment.date)
    expect(screen.getByLabelText('Tijd')).toHaveValue(moment.time)
    expect(screen.getByLabelText('Voorzitter')).toHaveValue('Cor Coördinator')
    expect(screen.getByLabelText(/^Deelnemers/)).toHaveValue('Priya Politie')
    expect(await screen.findByRole('checkbox', { name: 'Politie Eenheid Amsterdam' })).toBeChecked()

    await user.clear(screen.getByLabelText('Plaats'))
    await user.type(screen.getByLabelText('Plaats'), 'Veiligheidshuis')
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }))
    expect(await screen.findByLabelText('Plaats')).toHaveAccessibleDescription(/Te lang\./)

    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Overleg OVL-2026-0003' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/meetings/meeting-1')
    expect(screen.getByText('Veiligheidshuis')).toBeInTheDocument()
    expect(patches).toEqual([
      { ifMatch: '"5"', body: { place: 'Veiligheidshuis' } },
      { ifMatch: '"5"', body: { place: 'Veiligheidshuis' } },
    ])
  })

  test('a 412 says someone else changed the meeting and reloads the form with the newest version', async () => {
    let meeting: Meeting = makeMeeting()
    server.use(
      ...meetingHandlers(() => meeting),
      organisationsHandler,
      http.patch(`${API}/meetings/meeting-1`, () => {
        meeting = makeMeeting({ chairName: 'Vera Voorzitter', version: 6 })
        return problem(412, 'Precondition failed')
      }),
    )
    const { user, router } = renderApp('/meetings/meeting-1/edit')
    await user.clear(await screen.findByLabelText('Plaats'))
    await user.type(screen.getByLabelText('Plaats'), 'Veiligheidshuis')
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }))
    expect(await screen.findByRole('heading', { name: 'Intussen gewijzigd door iemand anders' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/meetings/meeting-1/edit')

    await user.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }))
    expect(await screen.findByDisplayValue('Vera Voorzitter')).toBeInTheDocument()
    expect(screen.getByLabelText('Plaats')).toHaveValue('Stadhuis, kamer 3')
    expect(screen.queryByRole('heading', { name: 'Intussen gewijzigd door iemand anders' })).not.toBeInTheDocument()
  })

  test('a meeting that may no longer change has no edit link, and its edit address leads back to it', async () => {
    server.use(...meetingHandlers(() => makeMeeting({ status: 'closed', allowed: {
      edit: false, editAgenda: false, decide: false, writeMinutes: false, transitions: [],
    } })), organisationsHandler)
    const { router } = renderApp('/meetings/meeting-1/edit')
    expect(await screen.findByRole('heading', { level: 1, name: 'Overleg OVL-2026-0003' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/meetings/meeting-1')
    expect(screen.queryByRole('link', { name: 'Wijzigen' })).not.toBeInTheDocument()
  })
})
