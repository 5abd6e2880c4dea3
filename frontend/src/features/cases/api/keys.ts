export const caseKeys = {
  all: ['cases'] as const,
  lists: ['cases', 'list'] as const,
  list: (filters: object) => ['cases', 'list', filters] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  regisseurCandidates: (id: string) => ['cases', 'detail', id, 'regisseur-candidates'] as const,
  organisationOptions: ['cases', 'organisation-options'] as const,
}
