import type { AgendaInput, AgendaItem, AgendaReason, Proposal } from '../../api/meetingTypes'

export type DraftItem = {
  /** Stable React key; the server's id once saved. */
  key: string
  id?: string
  caseId: string
  caseReference: string
  personName: string
  reason: AgendaReason
  note: string
}

export function draftFromItems(items: readonly AgendaItem[]): DraftItem[] {
  return items.map((item) => ({
    key: item.id,
    id: item.id,
    caseId: item.caseId,
    caseReference: item.caseReference,
    personName: item.personName,
    reason: item.reason,
    note: item.note,
  }))
}

let counter = 0

export function draftFromProposal(proposal: Pick<Proposal, 'caseId' | 'caseReference' | 'personName' | 'reason'>): DraftItem {
  counter += 1
  return {
    key: `new-${counter}-${proposal.caseId}`,
    caseId: proposal.caseId,
    caseReference: proposal.caseReference,
    personName: proposal.personName,
    reason: proposal.reason,
    note: '',
  }
}

/** The PUT body: the whole agenda in its order; saved items keep their id. */
export function agendaInput(items: readonly DraftItem[]): AgendaInput {
  return {
    items: items.map(({ id, caseId, reason, note }) => ({ ...(id ? { id } : {}), caseId, reason, note: note.trim() })),
  }
}

export function move<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step
  if (target < 0 || target >= list.length) return [...list]
  const copy = [...list]
  ;[copy[index], copy[target]] = [copy[target], copy[index]]
  return copy
}
