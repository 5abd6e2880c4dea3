import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { API, signedInAs } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'
import type { Meeting, MinuteNote, Minutes } from '../api/meetingTypes'
import { makeItem, makeMeeting, makeMeetingActor, POLICE } from './fixtures'

function note(text: string, overrides: Partial<MinuteNote> = {}): MinuteNote {
  return { id: text, itemId: 'item-1', text, visibility: 'case_team', organisationName: null, byName: 'Sanne Secretaris',
    at: '2026-12-02T09:10:00Z', ...overrides }
}

const closed: Partial<Meeting> = {
  status: 'closed',
  allowed: { edit: false, editAgenda: false, decide: false, writeMinutes: true, transitions: ['approve_minutes'] },
}

describe('the printable minutes', () => {
  test('for an organisation they show only what the API returned for it', async () => {
    const asked: (string | null)[] = []
    server.use(
      ...signedInAs(makeMeetingActor('coordinator')),
      http.get(`${API}/meetings/meeting-1/minutes`, ({ request }) => {
        const organisationId = new URL(request.url).searchParams.get('organisationId')
        asked.push(organisationId)
        const minutes: Minutes = organisationId
          ? {
              organisation: POLICE,
              meeting: makeMeeting({ ...closed, hiddenItemCount: 1,
                items: [makeItem({ notes: [note('Politie deelt: geen nieuwe antecedenten.', { visibility: 'core_partners' })] })] }),
            }
          : {
              organisation: null,
              meeting: makeMeeting({ ...closed, items: [
                makeItem({ notes: [note('Politie deelt: geen nieuwe antecedenten.'), note('Alleen voor de gemeente: schuldhulp loopt.')] }),
                makeItem({ id: 'item-2', caseId: 'case-2', caseReference: 'CR-2026-0002', personName: 'Sara El Idrissi' }),
              ] }),
            }
        return HttpResponse.json(minutes)
      }),
    )
    const { user } = renderApp('/meetings/meeting-1/minutes?organisationId=org-police')
    expect(await screen.findByRole('heading', { level: 1, name: 'Verslag OVL-2026-0003' })).toBeInTheDocument()
    expect(screen.getByText('Verslag zoals Politie Eenheid Amsterdam het mag zien.')).toBeInTheDocument()
    expect(asked).toEqual(['org-police'])
    expect(screen.getByText('Politie deelt: geen nieuwe antecedenten.')).toBeInTheDocument()
    expect(screen.queryByText('Alleen voor de gemeente: schuldhulp loopt.')).not.toBeInTheDocument()
    expect(screen.queryByText(/Sara El Idrissi/)).not.toBeInTheDocument()
    expect(screen.getByText('Er staat nog 1 agendapunt op over een casus die u niet mag inzien.')).toBeInTheDocument()
    // Printed, the case is named rather than linked, and the buttons stay off paper.
    expect(screen.queryByRole('link', { name: /CR-2026-0001/ })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Afdrukken' }).closest('.casusregie-no-print')).not.toBeNull()

    await user.selectOptions(screen.getByLabelText('Verslag voor organisatie'), 'Volledig verslag')
    expect(await screen.findByText('Alleen voor de gemeente: schuldhulp loopt.')).toBeInTheDocument()
    expect(asked).toEqual(['org-police', null])
    const article = screen.getByRole('article', { name: 'Verslag OVL-2026-0003' })
    expect(within(article).getByRole('heading', { level: 3, name: /CR-2026-0002 – Sara El Idrissi/ })).toBeInTheDocument()
  })
})
