import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test, vi } from 'vitest'
import { API, problem } from '../../../test/handlers'
import { renderApp } from '../../../test/renderApp'
import { server } from '../../../test/server'
import type { Alert } from '../api/types'
import { casePageHandlers, makeAssessmentSummary, makeProfile } from './fixtures'

function makeAlert(overrides: Partial<Alert> = {}): Alert {
  return {
    id: 'alert-1',
    caseId: 'case-1',
    assessmentId: 'assessment-2',
    indicatorCodes: ['D1'],
    raisedAt: '2026-03-01T10:00:00Z',
    acknowledgedAt: null,
    acknowledgedBy: null,
    routedTo: null,
    routingNote: null,
    ...overrides,
  }
}

const HISTORY = [
  makeAssessmentSummary({
    id: 'assessment-1',
    status: 'submitted',
    assessedOn: '2026-01-15',
    proposedLevel: 'elevated',
    finalLevel: 'elevated',
    nextReviewOn: '2026-03-12',
    profiles: [makeProfile('ideology', { present: 1, unknown: 1 }), makeProfile('intent_behaviour', { absent: 1, unknown: 0 })],
  }),
  makeAssessmentSummary({
    id: 'assessment-2',
    status: 'submitted',
    assessedOn: '2026-03-01',
    proposedLevel: 'acute',
    finalLevel: 'acute',
    nextReviewOn: '2026-03-08',
    profiles: [makeProfile('ideology', { present: 2, unknown: 0 }), makeProfile('intent_behaviour', { present: 1, unknown: 0 })],
  }),
  makeAssessmentSummary({ id: 'assessment-3', status: 'draft', assessedOn: '2026-03-10', perspective: 'police', organisationName: 'Politie Eenheid Amsterdam' }),
]

describe('assessments on the case page', () => {
  test('the level and the profiles over time, as charts with a table alternative, and the list', async () => {
    server.use(...casePageHandlers('regisseur', { assessments: () => HISTORY }))
    renderApp('/cases/case-1')
    const section = within(await screen.findByRole('region', { name: 'Beoordelingen en zorgniveau' }))
    // The case header shows the level of the latest submitted assessment.
    await vi.waitFor(() => expect(screen.getByTestId('case-concern-level')).toHaveTextContent('Acuut (vastgesteld 1 mrt 2026, Gemeente)'))
    expect(await section.findByRole('img', { name: 'Vastgesteld zorgniveau per beoordeling, door de tijd' })).toBeInTheDocument()
    const levels = section.getByRole('table', { name: 'Zorgniveau per vastgestelde beoordeling' })
    expect(within(levels).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'Datum van beoordelingPerspectiefSoort beoordelingVoorgesteld niveauVastgesteld zorgniveau',
      '15 jan 2026GemeenteIntakeVerhoogdVerhoogd',
      '1 mrt 2026GemeenteIntakeAcuutAcuut',
    ])
    expect(section.getByRole('img', { name: 'Profiel per dimensie per vastgestelde beoordeling' })).toBeInTheDocument()
    const profiles = section.getByRole('table', { name: 'Profiel per dimensie per vastgestelde beoordeling' })
    expect(within(profiles).getByRole('row', { name: /Intentie en gedrag/ })).toHaveTextContent(
      '0 aanwezig, 0 deels, 1 afwezig, 0 onbekend1 aanwezig, 0 deels, 0 afwezig, 0 onbekend',
    )
    expect(section.getByTestId('next-review')).toHaveTextContent('Volgende herbeoordeling: 8 mrt 2026')
    const list = section.getByRole('table', { name: 'Beoordelingen, nieuwste eerst' })
    expect(within(list).getByRole('link', { name: '10 mrt 2026' })).toHaveAttribute('href', '/assessments/assessment-3/edit')
    expect(within(list).getByRole('link', { name: '1 mrt 2026' })).toHaveAttribute('href', '/assessments/assessment-2')
    expect(section.getByRole('link', { name: 'Nieuwe beoordeling starten' })).toHaveAttribute('href', '/cases/case-1/assessments/new')
    expect(section.getByRole('link', { name: 'Perspectieven vergelijken' })).toHaveAttribute('href', '/cases/case-1/comparison')
  })

  test('the coordinator takes up an acute alert: where it went and what was agreed', async () => {
    let alerts = [makeAlert()]
    let posted: unknown
    server.use(
      ...casePageHandlers('coordinator', { assessments: () => HISTORY, alerts: () => alerts }),
      http.post(`${API}/alerts/alert-1/acknowledge`, async ({ request }) => {
        posted = await request.json()
        alerts = [
          makeAlert({
            acknowledgedAt: '2026-03-01T11:00:00Z',
            acknowledgedBy: 'Cor Coördinator',
            routedTo: 'police',
            routingNote: 'Wijkagent ingelicht.',
          }),
        ]
        return HttpResponse.json(alerts[0])
      }),
    )
    const { user } = renderApp('/cases/case-1')
    const alert = await screen.findByTestId('open-alert')
    expect(alert).toHaveTextContent('Acuut signaal van 1 mrt 2026')
    expect(await within(alert).findByText('D1 Dreiging / intentie')).toBeInTheDocument()
    await user.click(within(alert).getByRole('button', { name: 'Signaal oppakken' }))

    const dialog = within(await screen.findByRole('dialog'))
    await user.click(dialog.getByRole('button', { name: 'Signaal oppakken' }))
    expect(dialog.getByRole('group', { name: 'Doorgezet naar' })).toHaveAccessibleDescription(/Kies waar het signaal naartoe is gegaan/)
    // "Other" says nothing without a note.
    await user.click(dialog.getByRole('radio', { name: 'Anders' }))
    await user.click(dialog.getByRole('button', { name: 'Signaal oppakken' }))
    expect(dialog.getByLabelText(/^Afspraak of toelichting/)).toHaveAccessibleDescription(/Licht toe waar het signaal naartoe is gegaan/)
    expect(posted).toBeUndefined()

    await user.click(dialog.getByRole('radio', { name: 'Politie' }))
    await user.type(dialog.getByLabelText(/^Afspraak of toelichting/), 'Wijkagent ingelicht.')
    await user.click(dialog.getByRole('button', { name: 'Signaal oppakken' }))
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(posted).toEqual({ routedTo: 'police', routingNote: 'Wijkagent ingelicht.' })
    await vi.waitFor(() => expect(screen.queryByTestId('open-alert')).not.toBeInTheDocument())
    expect(screen.getByText(/opgepakt op 1 mrt 2026.*door Cor Coördinator, doorgezet naar Politie/)).toBeInTheDocument()
  })

  test('an alert someone else took up first answers 409', async () => {
    server.use(
      ...casePageHandlers('police', { assessments: () => HISTORY, alerts: () => [makeAlert()] }),
      http.post(`${API}/alerts/alert-1/acknowledge`, () => problem(409, 'Conflict', { detail: 'Already acknowledged.' })),
    )
    const { user } = renderApp('/cases/case-1')
    await user.click(await within(await screen.findByTestId('open-alert')).findByRole('button', { name: 'Signaal oppakken' }))
    const dialog = within(await screen.findByRole('dialog'))
    await user.click(dialog.getByRole('radio', { name: 'Casusoverleg' }))
    await user.type(dialog.getByLabelText(/^Afspraak of toelichting/), 'Agenderen.')
    await user.click(dialog.getByRole('button', { name: 'Signaal oppakken' }))
    expect(await dialog.findByRole('alert')).toHaveTextContent('Iemand anders heeft dit signaal intussen opgepakt')
  })

  test('a regisseur sees the open alert but cannot take it up', async () => {
    server.use(...casePageHandlers('regisseur', { assessments: () => HISTORY, alerts: () => [makeAlert()] }))
    renderApp('/cases/case-1')
    const alert = await screen.findByTestId('open-alert')
    expect(alert).toHaveTextContent('Dit signaal wacht op de coördinator of de politie.')
    expect(within(alert).queryByRole('button')).not.toBeInTheDocument()
  })
})
