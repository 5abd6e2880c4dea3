import { http, HttpResponse } from 'msw'
import { API, signedInAs } from '../../../test/handlers'
import { makeMe } from '../../../test/fixtures'
import type { Role } from '../../../lib/api/types'
import type { AgendaItem, Checklists, Meeting, OrganisationBrief } from '../api/meetingTypes'

const MEETING_PERMISSIONS: Record<string, string[]> = {
  coordinator: ['meetings:read', 'meetings:manage', 'organisations:read'],
  regisseur: ['meetings:read', 'meetings:manage', 'organisations:read'],
  partner: ['meetings:read'],
}

export function makeMeetingActor(role: Role) {
  const me = makeMe(role)
  return { ...me, permissions: [...me.permissions, ...(MEETING_PERMISSIONS[role] ?? [])] }
}

export const OOV: OrganisationBrief = { id: 'org-oov', name: 'Gemeente Amsterdam, directie OOV', kind: 'municipality' }
export const POLICE: OrganisationBrief = { id: 'org-police', name: 'Politie Eenheid Amsterdam', kind: 'police' }
export const OM: OrganisationBrief = { id: 'org-om', name: 'Openbaar Ministerie, arrondissement Amsterdam', kind: 'prosecution' }
export const YOUTH: OrganisationBrief = { id: 'org-youth', name: 'Jeugdbescherming Regio Amsterdam', kind: 'youth_care' }

export function makeItem(overrides: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id: 'item-1',
    caseId: 'case-1',
    caseReference: 'CR-2026-0001',
    personName: 'Daan de Groot',
    caseStatus: 'weighing',
    escalationLevel: 1,
    reason: 'awaiting_weighing',
    note: '',
    decisions: [],
    notes: [],
    actionItems: [],
    allowedDecisions: ['include', 'request_more_information', 'no_action', 'regular_care', 'criminal_track'],
    ...overrides,
  }
}

export function makeMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'meeting-1',
    reference: 'OVL-2026-0003',
    type: 'weighing',
    startsAt: '2026-12-02T08:30:00Z',
    place: 'Stadhuis, kamer 3',
    chairName: 'Cor Coördinator',
    secretaryName: 'Sanne Secretaris',
    organisations: [OOV, POLICE, OM, YOUTH],
    participants: ['Priya Politie'],
    status: 'planned',
    items: [],
    hiddenItemCount: 0,
    minutesApprovedAt: null,
    minutesApprovedBy: null,
    allowed: { edit: true, editAgenda: true, decide: false, writeMinutes: false, transitions: ['start', 'cancel'] },
    version: 5,
    ...overrides,
  }
}

export const CHECKLISTS: Checklists = {
  weighing: [
    { code: 'A1', group: 'subject', text: { nl: 'Identificeerbare persoon', en: 'Identifiable person' } },
    { code: 'B1', group: 'ideology', text: { nl: 'Signalen van een extremistisch gedachtegoed', en: 'Signals of an extremist frame of mind' } },
    { code: 'C1', group: 'behaviour', text: { nl: 'Intentie of voorbereiding van geweld', en: 'Intent or preparation of violence' } },
  ],
  deEscalation: [{ code: 'D7', group: 'safeguards', text: { nl: 'Tafel is het eens', en: 'The table agrees' } }],
  closing: [{ code: 'S1', group: 'safeguards', text: { nl: 'Geen open acties', en: 'No open actions' } }],
}

/** A signed-in coordinator and the meeting, served with its ETag. */
export function meetingHandlers(meeting: () => Meeting, role: Role = 'coordinator') {
  return [
    ...signedInAs(makeMeetingActor(role)),
    http.get(`${API}/meetings/checklists`, () => HttpResponse.json(CHECKLISTS)),
    http.get(`${API}/meetings/${meeting().id}`, () =>
      HttpResponse.json(meeting(), { headers: { ETag: `"${meeting().version}"` } }),
    ),
  ]
}
