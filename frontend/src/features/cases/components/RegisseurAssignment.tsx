import { Alert, Button, Heading, Paragraph, Select } from '@amsterdam/design-system-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField } from '../../../components/fields'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { isApiError } from '../../../lib/api/problem'
import type { CaseDetail } from '../../../lib/api/types'
import { useRegisseurCandidates } from '../api/listRegisseurCandidates'
import { useUpdateCase } from '../api/updateCase'

const NONE = 'none'

/** Assign (or withdraw) the case's regisseur; the save is conditional on the version on screen (If-Match). */
export function RegisseurAssignment({ detail, onConflict }: { detail: CaseDetail; onConflict: () => void }) {
  const { t } = useTranslation()
  const candidates = useRegisseurCandidates(detail.id, true)
  const update = useUpdateCase()
  const current = detail.regisseur?.id ?? NONE
  const [value, setValue] = useState(current)
  const unchanged = value === current

  function submit(event: FormEvent) {
    event.preventDefault()
    if (unchanged) return
    update.mutate(
      { caseId: detail.id, version: detail.version, changes: { regisseurId: value === NONE ? null : value } },
      {
        onError: (error) => {
          if (isApiError(error, 412)) onConflict()
        },
      },
    )
  }

  const list = candidates.data ?? []
  const withCurrent =
    detail.regisseur && !list.some((c) => c.id === detail.regisseur?.id)
      ? [{ id: detail.regisseur.id, displayName: detail.regisseur.displayName, organisationName: '' }, ...list]
      : list

  return (
    <section aria-labelledby="case-regisseur-heading">
      <Heading level={3} id="case-regisseur-heading" className="ams-mb-s">
        {t('regisseur.heading')}
      </Heading>
      {!isApiError(update.error, 412) && <ProblemAlert error={update.error} headingLevel={4} />}
      <ProblemAlert error={candidates.error} headingLevel={4} />
      {update.isSuccess && unchanged && (
        <Alert heading={t('common.savedHeading')} headingLevel={4} severity="success" role="status" className="ams-mb-m">
          <Paragraph>
            {detail.regisseur
              ? t('regisseur.assigned', { name: detail.regisseur.displayName })
              : t('regisseur.withdrawn')}
          </Paragraph>
        </Alert>
      )}
      <form onSubmit={submit} noValidate className="casusregie-filters">
        <SelectField id="case-regisseur" label={t('regisseur.label')} value={value} onChange={setValue}>
          <Select.Option value={NONE}>{t('regisseur.none')}</Select.Option>
          {withCurrent.map((candidate) => (
            <Select.Option key={candidate.id} value={candidate.id}>
              {candidate.organisationName ? `${candidate.displayName} (${candidate.organisationName})` : candidate.displayName}
            </Select.Option>
          ))}
        </SelectField>
        <Button type="submit" variant="secondary" disabled={update.isPending || unchanged}>
          {t('regisseur.assign')}
        </Button>
      </form>
    </section>
  )
}
