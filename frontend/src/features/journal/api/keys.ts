export const journalKeys = {
  list: (caseId: string) => ['journal-entries', caseId] as const,
}
