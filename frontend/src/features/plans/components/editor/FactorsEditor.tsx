import { Button, FieldSet, Heading, Paragraph, Row } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { TextField } from '../../../../components/fields'
import { newId } from '../vocabulary'
import type { FactorDraft } from './draft'

type Props = {
  readonly factors: FactorDraft[]
  readonly onChange: (factors: FactorDraft[]) => void
  readonly errors: Record<string, string>
}

/** Protective factors: an indicator code with a note, one row each. */
export function FactorsEditor({ factors, onChange, errors }: Props) {
  const { t } = useTranslation()
  const update = (index: number, patch: Partial<FactorDraft>) =>
    onChange(factors.map((factor, i) => (i === index ? { ...factor, ...patch } : factor)))
  return (
    <section aria-labelledby="editor-factors-heading">
      <Heading level={2} id="editor-factors-heading" className="ams-mb-s">
        {t('plans.sections.protectiveFactors')}
      </Heading>
      {factors.length === 0 && <Paragraph className="ams-mb-s">{t('plans.editor.noFactors')}</Paragraph>}
      {factors.map((factor, index) => (
        <FieldSet key={factor.key} legend={t('plans.editor.factor', { number: index + 1 })} className="ams-mb-m">
          <Row wrap>
            <TextField id={`factor-${index}-code`} label={t('plans.editor.indicatorCode')} value={factor.indicatorCode}
              onChange={(indicatorCode) => update(index, { indicatorCode })} error={errors[`protectiveFactors.${index}.indicatorCode`]} />
            <TextField id={`factor-${index}-note`} label={t('plans.fields.note')} value={factor.note}
              onChange={(note) => update(index, { note })} error={errors[`protectiveFactors.${index}.note`]} />
          </Row>
          <Button variant="tertiary" type="button" onClick={() => onChange(factors.filter((_, i) => i !== index))}>
            {`${t('plans.editor.remove')}: ${t('plans.editor.factor', { number: index + 1 })}`}
          </Button>
        </FieldSet>
      ))}
      <Button variant="secondary" type="button" onClick={() => onChange([...factors, { key: newId(), indicatorCode: '', note: '' }])}>
        {t('plans.editor.addFactor')}
      </Button>
    </section>
  )
}
