import { Heading, Paragraph, UnorderedList } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import type { FrameworkDetail, Proposal } from '../api/types'
import { ConcernLevelBadge } from './Badges'
import { useCodeLabels, useLocalText } from './vocabulary'

type Props = {
  readonly proposal: Proposal
  readonly framework?: FrameworkDetail
  readonly headingLevel: 2 | 3
}

/** The proposed level and every rule that fired, with the indicators and dimensions behind it. */
export function ProposalView({ proposal, framework, headingLevel }: Props) {
  const { t } = useTranslation()
  const labels = useCodeLabels()
  const local = useLocalText()
  // A long list (every unknown core indicator) reads better as codes.
  const indicatorNames = (codes: string[]) => (codes.length > 5 ? codes.join(', ') : codes.map(indicatorName).join('; '))
  const indicatorName = (code: string) => {
    const indicator = framework?.indicators.find((item) => item.code === code)
    return indicator ? t('indicator.heading', { code, label: local(indicator.label) }) : code
  }
  return (
    <div>
      <Heading level={headingLevel} size="level-4" className="ams-mb-xs">
        {t('proposal.heading')}
      </Heading>
      <Paragraph className="ams-mb-xs" data-testid="proposed-level">
        <ConcernLevelBadge level={proposal.level} />
      </Paragraph>
      {proposal.fired.length > 0 && (
        <>
          <Paragraph size="small">{t('proposal.firedIntro')}</Paragraph>
          <UnorderedList size="small" aria-label={t('proposal.firedLabel')}>
            {proposal.fired.map((fired, index) => (
              <UnorderedList.Item key={`${fired.rule}-${index}`}>
                <strong>{labels.rule(fired.rule)}</strong> ({t(`enums.concernLevel.${fired.level}`)})
                {fired.indicatorCodes.length > 0 && <>: {indicatorNames(fired.indicatorCodes)}</>}
                {fired.indicatorCodes.length === 0 && fired.dimensions.length > 0 && (
                  <>: {fired.dimensions.map(labels.dimension).join(', ')}</>
                )}
              </UnorderedList.Item>
            ))}
          </UnorderedList>
        </>
      )}
      <Paragraph size="small" className="casusregie-note ams-mt-xs">
        {t('proposal.rulesVersion', { version: proposal.rulesVersion })}
      </Paragraph>
    </div>
  )
}
