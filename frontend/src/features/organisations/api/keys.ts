export const organisationKeys = {
  all: ['organisations'] as const,
  lists: ['organisations', 'list'] as const,
  list: (filters: object) => ['organisations', 'list', filters] as const,
  detail: (id: string) => ['organisations', 'detail', id] as const,
}
