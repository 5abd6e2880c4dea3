import { Button, Column, Field, FileInput, Heading, Label, Paragraph } from '@amsterdam/design-system-react'
import { useId, useState, type ChangeEvent, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { TextAreaField } from '../../../components/fields'
import { useImportFramework } from '../api/importFramework'
import type { FrameworkDetail, FrameworkDocument } from '../api/types'
import { ImportProblems } from './ImportProblems'

function isDocument(value: unknown): value is FrameworkDocument {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Import a framework file (upload or paste its JSON) as a new draft version. */
export function FrameworkImport({ onImported }: { onImported: (framework: FrameworkDetail) => void }) {
  const { t } = useTranslation()
  const importing = useImportFramework()
  const [text, setText] = useState('')
  const [fileName, setFileName] = useState('')
  const [error, setError] = useState<string>()
  const fileId = `framework-file-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    if (!file) return
    setFileName(file.name)
    setText(await file.text())
    setError(undefined)
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!text.trim()) {
      setError(t('frameworks.import.required'))
      return
    }
    let document: unknown
    try {
      document = JSON.parse(text)
    } catch {
      setError(t('frameworks.import.notJson'))
      return
    }
    if (!isDocument(document)) {
      setError(t('frameworks.import.notObject'))
      return
    }
    setError(undefined)
    importing.mutate(document, { onSuccess: onImported })
  }

  return (
    <section aria-labelledby="framework-import-heading">
      <Heading level={2} id="framework-import-heading" className="ams-mb-s">
        {t('frameworks.import.heading')}
      </Heading>
      <form onSubmit={submit} noValidate aria-labelledby="framework-import-heading">
        <Column>
          <Paragraph>{t('frameworks.import.intro')}</Paragraph>
          <ImportProblems error={importing.error} heading={t('frameworks.import.problemsHeading')} />
          <div>
            <Field className="ams-mb-m">
              <Label htmlFor={fileId} hint={t('frameworks.import.fileHint')}>
                {t('frameworks.import.file')}
              </Label>
              <FileInput id={fileId} accept="application/json,.json" onChange={(event) => void readFile(event)} />
              {fileName && <Paragraph size="small">{t('frameworks.import.fileRead', { name: fileName })}</Paragraph>}
            </Field>
            <TextAreaField id="framework-json" label={t('frameworks.import.json')} hint={t('frameworks.import.jsonHint')}
              rows={10} value={text} onChange={setText} error={error} />
          </div>
          <div>
            <Button type="submit" disabled={importing.isPending}>
              {t('frameworks.import.submit')}
            </Button>
          </div>
        </Column>
      </form>
    </section>
  )
}
