export const userKeys = {
  all: ['users'] as const,
  lists: ['users', 'list'] as const,
  list: (filters: object) => ['users', 'list', filters] as const,
  detail: (id: string) => ['users', 'detail', id] as const,
  organisationOptions: ['users', 'organisation-options'] as const,
}
