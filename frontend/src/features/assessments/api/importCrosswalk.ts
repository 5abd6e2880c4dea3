import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api/client'
import { unwrap } from '../../../lib/api/problem'
import { assessmentKeys } from './keys'
import type { CrosswalkDocument } from './types'

/** A JSON document carries its own metadata; CSV rows need the external model, its version and the framework version. */
export type CrosswalkUpload =
  | { readonly format: 'json'; readonly document: CrosswalkDocument }
  | { readonly format: 'csv'; readonly text: string; readonly externalModel: string; readonly version: string; readonly frameworkId: string }

/** Imports a new crosswalk version; a 422 lists every problem by JSON path or by spreadsheet row and field. */
export async function importCrosswalk(upload: CrosswalkUpload) {
  if (upload.format === 'json') {
    // The schema types the document as an empty object; the server checks every field of it.
    return unwrap(await api.POST('/api/v1/crosswalks', { body: upload.document as Record<string, never> }))
  }
  const { text, externalModel, version, frameworkId } = upload
  return unwrap(
    await api.POST('/api/v1/crosswalks', {
      params: { query: { externalModel, version, frameworkId } },
      body: text,
      // Sent as typed: the server reads the rows itself.
      bodySerializer: (body) => body,
      headers: { 'Content-Type': 'text/csv' },
    }),
  )
}

export function useImportCrosswalk() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: importCrosswalk,
    onSuccess: (created) => {
      queryClient.setQueryData(assessmentKeys.crosswalk(created.id), created)
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.crosswalkList })
    },
  })
}
