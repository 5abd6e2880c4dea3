import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { API, problem } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'
import type { Meeting } from '../api/meetingTypes'
import { makeItem, makeMeeting, meetingHandlers } from './fixtures'

const RUNNING: Partial<Meeting> = {
  status: 'in_progress',
  allowed: { edit: true, editAgenda: true, decide: true, writeMinutes: true, transitions: ['close'] },
}

function runningMeeting(overrides: Partial<Meeting> = {}) {
  return makeMeeting({
    ...RUNNING,
    items: [
      makeItem(),
      makeItem({ id: 'item-2', caseId: 'case-2', caseReference: 'CR-2026-0002', personName: 'Sara El Idrissi' }),
    ],
    ...overrides,
  })
}

type User = ReturnType<typeof renderApp>['user']

async function answer(user: User, question: RegExp, choice: 'Ja' | 'Nee' | 'Onbekend') {
  await user.click(within(screen.getByRole('group', { name: question })).getByRole('radio', { name: choice }))
}

async function chooseInclude(user: User) {
  await user.selectOptions(await screen.findByLabelText('Besluit'), 'Opnemen in de aanpak')
  await user.type(screen.getByLabelText('Onderbouwing'), 'Signalen van geweldsbereidheid, multidisciplinair nodig.')
}

describe('deciding during the meeting', () => {
  test('include shows the weighing checklist by group and a view per core partner, and sends the answers and views', async () => {
    let meeting = runningMeeting()
    const posts: unknown[] = []
    server.use(
      ...meetingHandlers(() => meeting),
      http.post(`${API}/meetings/meeting-1/items/item-1/decisions`, async ({ request }) => {
        posts.push(await request.json())
        meeting = runningMeeting()
        meeting.items[0].decisions = [
          { id: 'd-1', itemId: 'item-1', caseId: 'case-1', type: 'include', rationale: 'Signalen van geweldsbereidheid, multidisciplinair nodig.',
            reference: 'OVL-2026-0003/1', byName: 'Cor Coördinator', at: '2026-12-02T09:00:00Z', details: {} },
        ]
        return HttpResponse.json(meeting, { status: 201 })
      }),
    )
    const { user } = renderApp('/meetings/meeting-1/run')
    expect(await screen.findByRole('heading', { level: 2, name: /Punt 1 van 2: CR-2026-0001 – Daan de Groot/ })).toBeInTheDocument()
    const decision = within(screen.getByRole('combobox', { name: 'Besluit' }))
    // Only what a weighing meeting decides.
    expect(decision.queryByRole('option', { name: 'Opschalen' })).not.toBeInTheDocument()
    await chooseInclude(user)

    const checklist = within(screen.getByRole('group', { name: 'Wegingschecklist' }))
    expect(checklist.getByRole('group', { name: 'A. Persoon en bevoegdheid' })).toBeInTheDocument()
    expect(checklist.getByRole('group', { name: 'C. Gedrag of dreiging (minstens één)' })).toBeInTheDocument()
    const views = within(screen.getByRole('group', { name: 'Standpunt van de kernpartners' }))
    expect(views.getByRole('group', { name: 'Politie Eenheid Amsterdam' })).toBeInTheDocument()
    expect(views.queryByRole('group', { name: 'Jeugdbescherming Regio Amsterdam' })).not.toBeInTheDocument()

    await answer(user, /^A1 Identificeerbare persoon/, 'Ja')
    await answer(user, /^B1 Signalen/, 'Ja')
    await answer(user, /^C1 Intentie/, 'Onbekend')
    await user.click(within(views.getByRole('group', { name: 'Gemeente Amsterdam, directie OOV' })).getByRole('radio', { name: 'Eens' }))
    await user.click(within(views.getByRole('group', { name: 'Politie Eenheid Amsterdam' })).getByRole('radio', { name: 'Eens' }))
    await user.click(within(views.getByRole('group', { name: /Openbaar Ministerie/ })).getByRole('radio', { name: 'Onthoudt zich' }))
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }))

    expect(await screen.findByRole('heading', { name: 'Besluit vastgelegd: OVL-2026-0003/1' })).toBeInTheDocument()
    expect(posts).toEqual([
      {
        type: 'include',
        rationale: 'Signalen van geweldsbereidheid, multidisciplinair nodig.',
        dissent: '',
        checklist: { A1: 'yes', B1: 'yes', C1: 'unknown' },
        views: { 'org-oov': 'agree', 'org-police': 'agree', 'org-om': 'abstain' },
      },
    ])
    expect(screen.getByText('Opnemen in de aanpak', { selector: 'strong' })).toBeInTheDocument()
    expect(screen.getByLabelText('Besluit')).toHaveValue('')
  })

  test('a 400 naming checklist.B1 and a view stands at that question', async () => {
    server.use(
      ...meetingHandlers(() => runningMeeting()),
      http.post(`${API}/meetings/meeting-1/items/item-1/decisions`, () =>
        problem(400, 'Invalid decision', {
          detail: 'The weighing checklist does not support inclusion.',
          invalidParams: [
            { name: 'checklist.B1', reason: 'Moet ja zijn voor dit besluit.' },
            { name: 'views.org-om', reason: 'Deze kernpartner heeft nog geen standpunt gegeven.' },
          ],
        }),
      ),
    )
    const { user } = renderApp('/meetings/meeting-1/run')
    await chooseInclude(user)
    await answer(user, /^B1 Signalen/, 'Nee')
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }))

    expect(await screen.findByRole('group', { name: /^B1 Signalen/ })).toHaveAccessibleDescription(/Moet ja zijn voor dit besluit\./)
    expect(screen.getByRole('group', { name: /^A1 Identificeerbare/ })).not.toHaveAccessibleDescription(/Moet ja/)
    expect(screen.getByRole('group', { name: /Openbaar Ministerie/ })).toHaveAccessibleDescription(/nog geen standpunt/)
    expect(screen.getByText('The weighing checklist does not support inclusion.')).toBeInTheDocument()
  })

  test('a 409 says the change is not possible for the case now and that nothing was stored', async () => {
    server.use(
      ...meetingHandlers(() => runningMeeting()),
      http.post(`${API}/meetings/meeting-1/items/item-2/decisions`, () =>
        problem(409, 'Conflict', { detail: 'The case is closed.', status: 409 }),
      ),
    )
    const { user } = renderApp('/meetings/meeting-1/run')
    await user.click(await screen.findByRole('button', { name: 'Volgend punt' }))
    expect(await screen.findByRole('heading', { level: 2, name: /Punt 2 van 2: CR-2026-0002 – Sara El Idrissi/ })).toBeInTheDocument()
    await user.selectOptions(screen.getByLabelText('Besluit'), 'Geen actie')
    await user.type(screen.getByLabelText('Onderbouwing'), 'Geen signalen van radicalisering.')
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }))

    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('heading', { name: 'Deze wijziging is nu niet mogelijk voor de casus' })).toBeInTheDocument()
    expect(within(alert).getByText('Er is niets vastgelegd.')).toBeInTheDocument()
    expect(screen.getByText('Nog geen besluiten.')).toBeInTheDocument()
  })

  test('escalate offers only higher levels and sends the target level', async () => {
    const posts: unknown[] = []
    const meeting = runningMeeting({
      type: 'case_conference',
      items: [makeItem({ escalationLevel: 1, allowedDecisions: ['escalate', 'de_escalate', 'close'] })],
    })
    server.use(
      ...meetingHandlers(() => meeting),
      http.post(`${API}/meetings/meeting-1/items/item-1/decisions`, async ({ request }) => {
        posts.push(await request.json())
        return HttpResponse.json(meeting, { status: 201 })
      }),
    )
    const { user } = renderApp('/meetings/meeting-1/run')
    await user.selectOptions(await screen.findByLabelText('Besluit'), 'Opschalen')
    const level = screen.getByLabelText(/Nieuw opschalingsniveau/)
    expect(within(level).queryByRole('option', { name: /^0/ })).not.toBeInTheDocument()
    await user.selectOptions(level, '2 – Ketenprocesregie')
    await user.type(screen.getByLabelText('Onderbouwing'), 'Nieuwe dreigende uitingen.')
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }))
    await screen.findByRole('heading', { name: /Besluit vastgelegd/ })
    expect(posts).toEqual([{ type: 'escalate', rationale: 'Nieuwe dreigende uitingen.', dissent: '', level: 2 }])
  })
})
