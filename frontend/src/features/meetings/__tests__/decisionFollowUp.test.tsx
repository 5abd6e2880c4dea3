import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { todayIso } from '../../../lib/i18n/format'
import { API, problem } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'
import type { Meeting } from '../api/meetingTypes'
import { makeItem, makeMeeting, meetingHandlers } from './fixtures'

const DECISIONS = `${API}/meetings/meeting-1/items/item-1/decisions`

function runningMeeting(overrides: Partial<Meeting> = {}) {
  return makeMeeting({
    status: 'in_progress',
    allowed: { edit: true, editAgenda: true, decide: true, writeMinutes: true, transitions: ['close'] },
    items: [makeItem()],
    ...overrides,
  })
}

function inFourWeeks() {
  const now = new Date()
  return todayIso(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 28))
}

type User = ReturnType<typeof renderApp>['user']

async function requestMoreInformation(user: User) {
  await user.selectOptions(await screen.findByLabelText('Besluit'), 'Meer informatie nodig')
  await user.type(screen.getByLabelText('Onderbouwing'), 'Onduidelijk of er contact is met de doelgroep.')
}

describe('asking for more information during the meeting', () => {
  test('shows the follow-up due in four weeks, sends it with the decision, and lists the new action item', async () => {
    let meeting = runningMeeting()
    const posts: unknown[] = []
    server.use(
      ...meetingHandlers(() => meeting),
      http.post(DECISIONS, async ({ request }) => {
        posts.push(await request.json())
        meeting = runningMeeting()
        meeting.items[0].decisions = [
          { id: 'd-1', itemId: 'item-1', caseId: 'case-1', type: 'request_more_information',
            rationale: 'Onduidelijk of er contact is met de doelgroep.', reference: 'OVL-2026-0003/1',
            byName: 'Cor Coördinator', at: '2026-12-02T09:00:00Z', details: {} },
        ]
        meeting.items[0].actionItems = [
          { id: 'a-1', itemId: 'item-1', caseId: 'case-1', caseReference: 'CR-2026-0001',
            text: 'Contacten in beeld brengen', ownerName: 'Priya Politie', organisationId: 'org-police',
            organisationName: 'Politie Eenheid Amsterdam', dueOn: '2026-12-30', doneAt: null, doneNote: null,
            meetingId: 'meeting-1', meetingReference: 'OVL-2026-0003' },
        ]
        return HttpResponse.json(meeting, { status: 201 })
      }),
    )
    const { user } = renderApp('/meetings/meeting-1/run')
    await user.selectOptions(await screen.findByLabelText('Besluit'), 'Opnemen in de aanpak')
    expect(screen.queryByRole('group', { name: 'Vervolgactie' })).not.toBeInTheDocument()

    await requestMoreInformation(user)
    const followUp = within(screen.getByRole('group', { name: 'Vervolgactie' }))
    expect(followUp.getByLabelText('Uiterlijk')).toHaveValue(inFourWeeks())
    await user.type(followUp.getByLabelText('Welke informatie'), 'Contacten in beeld brengen')
    await user.type(followUp.getByLabelText('Eigenaar'), 'Priya Politie')
    await user.selectOptions(followUp.getByLabelText('Organisatie'), 'Politie Eenheid Amsterdam')
    await user.clear(followUp.getByLabelText('Uiterlijk'))
    await user.type(followUp.getByLabelText('Uiterlijk'), '2026-12-30')
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }))

    expect(await screen.findByRole('heading', { name: 'Besluit vastgelegd: OVL-2026-0003/1' })).toBeInTheDocument()
    expect(posts).toEqual([
      {
        type: 'request_more_information',
        rationale: 'Onduidelijk of er contact is met de doelgroep.',
        dissent: '',
        followUp: { text: 'Contacten in beeld brengen', ownerName: 'Priya Politie', organisationId: 'org-police', dueOn: '2026-12-30' },
      },
    ])
    const actionItems = within(screen.getByRole('table', { name: /Actiepunten/ }))
    expect(actionItems.getByRole('cell', { name: 'Contacten in beeld brengen' })).toBeInTheDocument()
    expect(screen.queryByRole('group', { name: 'Vervolgactie' })).not.toBeInTheDocument()
  })

  test('does not send the decision while the follow-up is incomplete', async () => {
    const posts: unknown[] = []
    server.use(
      ...meetingHandlers(() => runningMeeting()),
      http.post(DECISIONS, async ({ request }) => {
        posts.push(await request.json())
        return HttpResponse.json(runningMeeting(), { status: 201 })
      }),
    )
    const { user } = renderApp('/meetings/meeting-1/run')
    await requestMoreInformation(user)
    const followUp = within(screen.getByRole('group', { name: 'Vervolgactie' }))
    await user.type(followUp.getByLabelText('Welke informatie'), 'Contacten in beeld brengen')
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }))

    expect(followUp.getByLabelText('Eigenaar')).toHaveAccessibleDescription(/Vul dit in\./)
    expect(followUp.getByLabelText('Organisatie')).toHaveAccessibleDescription(/Vul dit in\./)
    expect(followUp.getByLabelText('Welke informatie')).not.toHaveAccessibleDescription(/Vul dit in/)
    expect(posts).toEqual([])
  })

  test('a 400 on followUp stands at the fieldset, one on organisationId at the organisation', async () => {
    server.use(
      ...meetingHandlers(() => runningMeeting()),
      http.post(DECISIONS, () =>
        problem(400, 'Invalid decision', {
          invalidParams: [
            { name: 'followUp', reason: 'Zeg wie welke informatie verzamelt, en wanneer.' },
            { name: 'organisationId', reason: 'Neemt niet deel aan het overleg of de casus.' },
          ],
        }),
      ),
    )
    const { user } = renderApp('/meetings/meeting-1/run')
    await requestMoreInformation(user)
    const followUp = within(screen.getByRole('group', { name: 'Vervolgactie' }))
    await user.type(followUp.getByLabelText('Welke informatie'), 'Contacten in beeld brengen')
    await user.type(followUp.getByLabelText('Eigenaar'), 'Priya Politie')
    await user.selectOptions(followUp.getByLabelText('Organisatie'), 'Jeugdbescherming Regio Amsterdam')
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }))

    expect(await screen.findByRole('group', { name: 'Vervolgactie' })).toHaveAccessibleDescription(/Zeg wie welke informatie verzamelt/)
    expect(followUp.getByLabelText('Organisatie')).toHaveAccessibleDescription(/Neemt niet deel/)
    expect(followUp.getByLabelText('Eigenaar')).not.toHaveAccessibleDescription(/Neemt niet deel/)
  })
})
