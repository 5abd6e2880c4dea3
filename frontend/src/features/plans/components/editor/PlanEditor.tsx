import { Alert, Button, Column, Heading, Paragraph, Row } from '@amsterdam/design-system-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { DateField, TextAreaField } from '../../../../components/fields'
import { ProblemAlert } from '../../../../components/ProblemAlert'
import { isApiError } from '../../../../lib/api/problem'
import { useInterventions } from '../../api/listInterventions'
import type { Plan, SuggestedIntervention } from '../../api/planTypes'
import { useUpdatePlan } from '../../api/updatePlan'
import { pathErrors } from '../vocabulary'
import { ActionsEditor, type Option } from './ActionsEditor'
import { actionFromSuggestion, changesOf, draftOf, type PlanDraft } from './draft'
import { FactorsEditor } from './FactorsEditor'
import { GoalsEditor } from './GoalsEditor'
import { SuggestionsPanel } from './SuggestionsPanel'

type Props = {
  readonly plan: Plan
  /** The organisations taking part in the case now: the choices for an action's responsible organisation. */
  readonly organisations: readonly Option[]
  /** After a 412: load the newest version (the form starts again from it). */
  readonly onReload: () => void
}

/** The editor of a draft: every section, saved whole with PATCH and If-Match. */
export function PlanEditor({ plan, organisations, onReload }: Props) {
  const { t } = useTranslation()
  const mutation = useUpdatePlan()
  const catalogue = useInterventions({})
  const [draft, setDraft] = useState<PlanDraft>(() => draftOf(plan))
  const [version, setVersion] = useState(plan.version)
  const [saved, setSaved] = useState(false)
  const [focusKey, setFocusKey] = useState<string>()
  const errors = pathErrors(mutation.error)
  const conflict = isApiError(mutation.error, 412)
  const usable = (catalogue.data ?? []).filter((item) => !item.retiredAt && !item.informationalOnly)

  const set = <K extends keyof PlanDraft>(key: K) => (value: PlanDraft[K]) => {
    setSaved(false)
    setDraft((current) => ({ ...current, [key]: value }))
  }

  function addSuggestion(intervention: SuggestedIntervention) {
    const action = actionFromSuggestion(intervention)
    set('actions')([...draft.actions, action])
    setFocusKey(action.key)
  }

  function save(event: FormEvent) {
    event.preventDefault()
    setSaved(false)
    mutation.mutate({ planId: plan.id, version, changes: changesOf(draft, plan) }, {
      onSuccess: (updated) => {
        setDraft(draftOf(updated))
        setVersion(updated.version)
        setSaved(true)
      },
    })
  }

  return (
    <form onSubmit={save} noValidate aria-label={t('plans.editor.title', { number: plan.number })}>
      <Column gap="large">
        {conflict && (
          <Alert heading={t('conflict.heading')} headingLevel={2} severity="warning" role="alert">
            <Paragraph className="ams-mb-s">{t('plans.editor.conflictText')}</Paragraph>
            <Button type="button" variant="secondary" onClick={onReload}>
              {t('plans.editor.reload')}
            </Button>
          </Alert>
        )}
        {mutation.isError && !conflict && <ProblemAlert error={mutation.error} />}
        {plan.interpretationWithheld ? null : (
          <TextAreaField id="plan-interpretation" label={t('plans.fields.interpretation')} rows={6} value={draft.interpretation}
            onChange={set('interpretation')} error={errors.interpretation} />
        )}
        <FactorsEditor factors={draft.protectiveFactors} onChange={set('protectiveFactors')} errors={errors} />
        <section aria-labelledby="editor-goals-heading">
          <Heading level={2} id="editor-goals-heading" className="ams-mb-s">
            {t('plans.sections.goals')}
          </Heading>
          <div className="casusregie-plan-goals">
            <GoalsEditor goals={draft.goals} onChange={set('goals')} errors={errors} />
            <SuggestionsPanel suggestions={plan.suggestions} onAdd={addSuggestion}
              chosenInterventionIds={draft.actions.map((action) => action.interventionId).filter(Boolean)} />
          </div>
        </section>
        <ActionsEditor actions={draft.actions} goals={draft.goals} organisations={organisations} interventions={usable}
          onChange={set('actions')} errors={errors} focusKey={focusKey} />
        {plan.contingencyWithheld ? null : (
          <TextAreaField id="plan-contingency" label={t('plans.fields.contingency')} rows={4} value={draft.contingency}
            onChange={set('contingency')} error={errors.contingency} />
        )}
        <DateField id="plan-evaluation" label={t('plans.fields.evaluationOn')} value={draft.evaluationOn}
          onChange={set('evaluationOn')} error={errors.evaluationOn} />
        <Row wrap>
          <Button type="submit" disabled={mutation.isPending}>
            {t('common.save')}
          </Button>
          <Paragraph role="status">{saved ? t('plans.editor.savedText') : ''}</Paragraph>
        </Row>
      </Column>
    </form>
  )
}
