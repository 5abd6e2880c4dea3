import { Button, Heading, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import type { SuggestedIntervention, Suggestion } from '../../api/planTypes'
import { useLocal } from '../vocabulary'

type Props = {
  readonly suggestions: readonly Suggestion[]
  readonly chosenInterventionIds: readonly string[]
  readonly onAdd: (intervention: SuggestedIntervention) => void
}

/** Interventions for the indicators present in the assessment; an action is added only when the user asks. */
export function SuggestionsPanel({ suggestions, chosenInterventionIds, onAdd }: Props) {
  const { t } = useTranslation()
  const local = useLocal()
  return (
    <aside aria-labelledby="plan-suggestions-heading" className="casusregie-plan-suggestions">
      <Heading level={3} id="plan-suggestions-heading" className="ams-mb-s">
        {t('plans.suggestions.heading')}
      </Heading>
      <Paragraph size="small" className="ams-mb-s">
        {t('plans.suggestions.intro')}
      </Paragraph>
      {suggestions.length === 0 && <Paragraph>{t('plans.suggestions.none')}</Paragraph>}
      {suggestions.map((suggestion) => (
        <section key={suggestion.indicatorCode} aria-label={t('plans.suggestions.listLabel', { code: suggestion.indicatorCode })}
          className="ams-mb-m">
          <Heading level={4} className="ams-mb-xs">
            {t('plans.suggestions.indicator', { code: suggestion.indicatorCode })}
          </Heading>
          <ul className="casusregie-plain-list">
            {suggestion.interventions.map((intervention) => {
              const name = local(intervention.name)
              return (
                <li key={intervention.id} className="ams-mb-s">
                  <Paragraph>
                    <strong>{name}</strong>
                  </Paragraph>
                  {local(intervention.conditions) && (
                    <Paragraph size="small">{t('plans.suggestions.conditions', { conditions: local(intervention.conditions) })}</Paragraph>
                  )}
                  <Paragraph size="small">{t('plans.suggestions.provider', { provider: intervention.providerName })}</Paragraph>
                  {chosenInterventionIds.includes(intervention.id) && (
                    <Paragraph size="small" className="casusregie-note">{t('plans.suggestions.added')}</Paragraph>
                  )}
                  <Button variant="secondary" type="button" aria-label={t('plans.suggestions.addLabel', { name })}
                    onClick={() => onAdd(intervention)}>
                    {t('plans.suggestions.add')}
                  </Button>
                </li>
              )
            })}
          </ul>
        </section>
      ))}
    </aside>
  )
}
