import { Heading, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import type { CaseDetail } from '../../../lib/api/types'
import { useFormat } from '../../../lib/i18n/format'
import { useEscalationLevelLabel } from './EscalationLevelText'

type TimelineItem = {
  key: string
  at: string
  title: string
  details: string[]
  reason?: string | null
  actorName?: string | null
}

/** Status changes, level changes and participations merged into one history, newest first. */
export function useTimeline(detail: CaseDetail): TimelineItem[] {
  const { t } = useTranslation()
  const level = useEscalationLevelLabel()
  const status = (code: CaseDetail['status']) => t(`enums.caseStatus.${code}`)
  const items: TimelineItem[] = []

  detail.statusHistory.forEach((change, index) => {
    const details: string[] = []
    if (change.transition) details.push(t('timeline.step', { step: t(`enums.transition.${change.transition}`) }))
    if (change.closureReason) details.push(t('timeline.closureReason', { reason: t(`enums.closureReason.${change.closureReason}`) }))
    if (change.decisionReference) details.push(t('timeline.decision', { reference: change.decisionReference }))
    items.push({
      key: `status-${index}`,
      at: change.at,
      title: change.fromStatus
        ? t('timeline.statusChanged', { from: status(change.fromStatus), to: status(change.toStatus) })
        : t('timeline.statusStarted', { to: status(change.toStatus) }),
      details,
      reason: change.reason,
      actorName: change.actorName,
    })
  })
  detail.levelHistory.forEach((change, index) => {
    const details: string[] = []
    if (change.criteria.length) {
      details.push(
        t('timeline.criteria', { criteria: change.criteria.map((c) => t(`enums.deEscalationCriterion.${c}`)).join('; ') }),
      )
    }
    if (change.decisionReference) details.push(t('timeline.decision', { reference: change.decisionReference }))
    items.push({
      key: `level-${index}`,
      at: change.at,
      title:
        change.fromLevel === null
          ? t('timeline.levelSet', { to: level(change.toLevel) })
          : t(change.toLevel > change.fromLevel ? 'timeline.levelRaised' : 'timeline.levelLowered', {
              from: level(change.fromLevel),
              to: level(change.toLevel),
            }),
      details,
      reason: change.reason,
      actorName: change.actorName,
    })
  })
  for (const participant of detail.participants) {
    const role = t(`enums.participationRole.${participant.role}`)
    items.push({
      key: `participant-${participant.id}-start`,
      at: participant.startedAt,
      title: t('timeline.participantStarted', { organisation: participant.organisationName, role }),
      details: participant.contactName ? [t('timeline.contact', { name: participant.contactName })] : [],
    })
    if (participant.endedAt) {
      items.push({
        key: `participant-${participant.id}-end`,
        at: participant.endedAt,
        title: t('timeline.participantEnded', { organisation: participant.organisationName, role }),
        details: [],
        reason: participant.endReason,
      })
    }
  }
  // Newest first; for equal times, keep the order the server recorded them in, reversed.
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.at.localeCompare(a.item.at) || b.index - a.index)
    .map(({ item }) => item)
}

export function CaseTimeline({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation()
  const format = useFormat()
  const items = useTimeline(detail)
  return (
    <section aria-labelledby="case-timeline-heading">
      <Heading level={2} id="case-timeline-heading" className="ams-mb-s">
        {t('timeline.heading')}
      </Heading>
      <ol className="casusregie-timeline" aria-label={t('timeline.heading')}>
        {items.map((item) => (
          <li key={item.key} className="casusregie-timeline__item">
            <Paragraph size="small">
              <time dateTime={item.at}>{format.dateTime(item.at)}</time>
              {item.actorName ? ` · ${item.actorName}` : ''}
            </Paragraph>
            <Paragraph>
              <strong>{item.title}</strong>
            </Paragraph>
            {item.details.map((detailText) => (
              <Paragraph key={detailText} size="small">
                {detailText}
              </Paragraph>
            ))}
            {item.reason && <Paragraph className="casusregie-prewrap">{t('timeline.reason', { reason: item.reason })}</Paragraph>}
          </li>
        ))}
      </ol>
    </section>
  )
}
