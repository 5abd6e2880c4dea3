export const personKeys = {
  detail: (id: string) => ['persons', 'detail', id] as const,
}
