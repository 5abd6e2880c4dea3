import { Badge, Paragraph, Row, UnorderedList } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import type { Indicator } from '../api/types'
import { useLocalText } from './vocabulary'

/** The flags that change how an indicator is handled: acute signal, restricted (health) data, static history. */
export function IndicatorFlags({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation()
  if (!indicator.acute && !indicator.restricted && !indicator.static) return null
  return (
    <Row wrap gap="x-small">
      {indicator.acute && <Badge color="magenta" label={t('indicator.acute')} />}
      {indicator.restricted && <Badge color="purple" label={t('indicator.restricted')} />}
      {indicator.static && <Badge color="yellow" label={t('indicator.static')} />}
    </Row>
  )
}

/** Definition, then examples and counter-indicators behind a disclosure (they are long). */
export function IndicatorFacts({ indicator, open = false }: { indicator: Indicator; open?: boolean }) {
  const { t } = useTranslation()
  const local = useLocalText()
  return (
    <>
      <Paragraph>{local(indicator.definition)}</Paragraph>
      {(indicator.examples.length > 0 || indicator.counterIndicators.length > 0) && (
        <details className="casusregie-details" open={open}>
          <summary>{t('indicator.examplesSummary')}</summary>
          {indicator.examples.length > 0 && (
            <>
              <Paragraph className="ams-mt-s" size="small">
                <strong>{t('indicator.examples')}</strong>
              </Paragraph>
              <UnorderedList size="small">
                {indicator.examples.map((example, index) => (
                  <UnorderedList.Item key={index}>{local(example)}</UnorderedList.Item>
                ))}
              </UnorderedList>
            </>
          )}
          {indicator.counterIndicators.length > 0 && (
            <>
              <Paragraph className="ams-mt-s" size="small">
                <strong>{t('indicator.counterIndicators')}</strong>
              </Paragraph>
              <UnorderedList size="small">
                {indicator.counterIndicators.map((counter, index) => (
                  <UnorderedList.Item key={index}>{local(counter)}</UnorderedList.Item>
                ))}
              </UnorderedList>
            </>
          )}
        </details>
      )}
    </>
  )
}
