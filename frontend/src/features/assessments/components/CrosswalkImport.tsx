import { Button, Column, Field, FieldSet, FileInput, Heading, Label, Paragraph, Radio, Select } from '@amsterdam/design-system-react'
import { useId, useState, type ChangeEvent, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField, TextAreaField, TextField } from '../../../components/fields'
import { hasErrors, type FieldErrors } from '../../../components/formErrors'
import { useImportCrosswalk, type CrosswalkUpload } from '../api/importCrosswalk'
import { useFrameworks } from '../api/listFrameworks'
import type { CrosswalkDetail } from '../api/types'
import { ImportProblems } from './ImportProblems'
import { useLocalText } from './vocabulary'

const FORMATS = ['json', 'csv'] as const
type Format = (typeof FORMATS)[number]
const ACCEPT: Record<Format, string> = { json: 'application/json,.json', csv: 'text/csv,.csv' }

type Props = {
  /** CSV rows name no framework version: it is chosen from the versions the actor may read. */
  readonly canReadFrameworks: boolean
  readonly onImported: (crosswalk: CrosswalkDetail) => void
}

type Fields = { text: string; externalModel: string; version: string; frameworkId: string }

/** Import a crosswalk version: a JSON document (upload or paste), or CSV rows with the model, version and framework version. */
export function CrosswalkImport({ canReadFrameworks, onImported }: Props) {
  const { t } = useTranslation()
  const local = useLocalText()
  const importing = useImportCrosswalk()
  const frameworks = useFrameworks(canReadFrameworks)
  const [format, setFormat] = useState<Format>('json')
  const [fields, setFields] = useState<Fields>({ text: '', externalModel: '', version: '', frameworkId: '' })
  const [fileName, setFileName] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const fileId = `crosswalk-file-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const set = (patch: Partial<Fields>) => setFields((current) => ({ ...current, ...patch }))
  // The version a crosswalk maps onto is usually the published one.
  const frameworkId = fields.frameworkId || frameworks.data?.find((item) => item.status === 'published')?.id || ''

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    if (!file) return
    setFileName(file.name)
    set({ text: await file.text() })
    setErrors((current) => ({ ...current, text: undefined }))
  }

  /** The upload, or the errors that stop it. */
  function upload(): { upload: CrosswalkUpload } | { errors: FieldErrors } {
    if (!fields.text.trim()) return { errors: { text: t('crosswalks.import.required') } }
    if (format === 'csv') {
      const found: FieldErrors = {
        externalModel: fields.externalModel.trim() ? undefined : t('crosswalks.import.externalModelRequired'),
        version: fields.version.trim() ? undefined : t('crosswalks.import.versionRequired'),
        frameworkId: frameworkId ? undefined : t('crosswalks.import.frameworkRequired'),
      }
      if (hasErrors(found)) return { errors: found }
      return {
        upload: { format, text: fields.text, externalModel: fields.externalModel.trim(), version: fields.version.trim(), frameworkId },
      }
    }
    let document: unknown
    try {
      document = JSON.parse(fields.text)
    } catch {
      return { errors: { text: t('crosswalks.import.notJson') } }
    }
    if (typeof document !== 'object' || document === null || Array.isArray(document)) {
      return { errors: { text: t('crosswalks.import.notObject') } }
    }
    return { upload: { format, document: document as Record<string, unknown> } }
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const result = upload()
    if ('errors' in result) {
      setErrors(result.errors)
      return
    }
    setErrors({})
    importing.mutate(result.upload, { onSuccess: onImported })
  }

  return (
    <section aria-labelledby="crosswalk-import-heading">
      <Heading level={2} id="crosswalk-import-heading" className="ams-mb-s">
        {t('crosswalks.import.heading')}
      </Heading>
      <form onSubmit={submit} noValidate aria-labelledby="crosswalk-import-heading">
        <Column>
          <Paragraph>{t('crosswalks.import.intro')}</Paragraph>
          <ImportProblems error={importing.error} heading={t('crosswalks.import.problemsHeading')} />
          <div>
            <FieldSet legend={t('crosswalks.import.format')} className="ams-mb-m">
              <Column gap="x-small">
                {FORMATS.map((item) => (
                  <Radio key={item} name="crosswalk-format" value={item} checked={format === item} onChange={() => setFormat(item)}>
                    {t(`crosswalks.import.formats.${item}`)}
                  </Radio>
                ))}
              </Column>
            </FieldSet>
            {format === 'csv' && (
              <>
                <Paragraph size="small" className="ams-mb-m">
                  {t('crosswalks.import.csvColumns')}
                </Paragraph>
                <TextField id="crosswalk-external-model" label={t('crosswalks.externalModel')} hint={t('crosswalks.import.externalModelHint')}
                  required value={fields.externalModel} onChange={(externalModel) => set({ externalModel })} error={errors.externalModel} />
                <TextField id="crosswalk-version" label={t('crosswalks.version')} hint={t('crosswalks.import.versionHint')}
                  required value={fields.version} onChange={(version) => set({ version })} error={errors.version} />
                {canReadFrameworks ? (
                  <SelectField id="crosswalk-framework" label={t('crosswalks.frameworkVersion')} required value={frameworkId}
                    onChange={(value) => set({ frameworkId: value })} error={errors.frameworkId}>
                    {!frameworkId && <Select.Option value="">{t('crosswalks.import.chooseFramework')}</Select.Option>}
                    {(frameworks.data ?? []).map((framework) => (
                      <Select.Option key={framework.id} value={framework.id}>
                        {t('crosswalks.import.frameworkOption', {
                          name: local(framework.name),
                          version: framework.version,
                          status: t(`enums.frameworkStatus.${framework.status}`),
                        })}
                      </Select.Option>
                    ))}
                  </SelectField>
                ) : (
                  <Paragraph className="ams-mb-m">{t('crosswalks.import.csvNeedsFrameworks')}</Paragraph>
                )}
              </>
            )}
            <Field className="ams-mb-m">
              <Label htmlFor={fileId} hint={t(`crosswalks.import.fileHint.${format}`)}>
                {t('crosswalks.import.file')}
              </Label>
              <FileInput id={fileId} accept={ACCEPT[format]} onChange={(event) => void readFile(event)} />
              {fileName && <Paragraph size="small">{t('crosswalks.import.fileRead', { name: fileName })}</Paragraph>}
            </Field>
            <TextAreaField id="crosswalk-content" label={t(`crosswalks.import.content.${format}`)} hint={t('crosswalks.import.contentHint')}
              rows={10} value={fields.text} onChange={(text) => set({ text })} error={errors.text} />
          </div>
          <div>
            <Button type="submit" disabled={importing.isPending || (format === 'csv' && !canReadFrameworks)}>
              {t('crosswalks.import.submit')}
            </Button>
          </div>
        </Column>
      </form>
    </section>
  )
}
