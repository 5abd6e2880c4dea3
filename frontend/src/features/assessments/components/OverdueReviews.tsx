import { Link, Paragraph, Select, Table } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { SelectField } from '../../../components/fields'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { TableScroll } from '../../../components/TableScroll'
import { useFormat } from '../../../lib/i18n/format'
import { useOverdueReviews } from '../api/listOverdueReviews'
import { ConcernLevelBadge } from './Badges'

export const WITHIN_DAYS = [0, 7, 14, 30] as const

type Props = { readonly withinDays: number; readonly onWithinDaysChange: (days: number) => void }

/** Cases whose review is overdue (or due within the chosen number of days), most overdue first. */
export function OverdueReviews({ withinDays, onWithinDaysChange }: Props) {
  const { t } = useTranslation()
  const format = useFormat()
  const query = useOverdueReviews(withinDays)
  const reviews = [...(query.data ?? [])].sort((a, b) => b.daysOverdue - a.daysOverdue)
  return (
    <section aria-label={t('reviews.tableCaption')}>
      <div className="casusregie-filters ams-mb-m">
        <SelectField id="reviews-within" label={t('reviews.within')} value={String(withinDays)}
          onChange={(value) => onWithinDaysChange(Number(value))}>
          {WITHIN_DAYS.map((days) => (
            <Select.Option key={days} value={String(days)}>
              {days === 0 ? t('reviews.overdueOnly') : t('reviews.withinOption', { count: days })}
            </Select.Option>
          ))}
        </SelectField>
      </div>
      {query.isPending && <Loading />}
      {query.isError && <ProblemAlert error={query.error} />}
      {query.data && reviews.length === 0 && <Paragraph>{t('reviews.empty')}</Paragraph>}
      {reviews.length > 0 && (
        <TableScroll label={t('reviews.tableCaption')}>
          <Table>
            <Table.Caption>{t('reviews.tableCaption')}</Table.Caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('cases.reference')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('cases.person')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('assessment.finalLevel')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('assessment.nextReviewOn')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('reviews.daysOverdue')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('reviews.kind')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {reviews.map((review) => (
                <Table.Row key={review.caseId}>
                  <Table.Cell>
                    <Link href={`/cases/${review.caseId}`} linkComponent={RouterLinkAdapter} className="casusregie-nowrap">
                      {review.reference}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{review.personName}</Table.Cell>
                  <Table.Cell>
                    <ConcernLevelBadge level={review.finalLevel} />
                  </Table.Cell>
                  <Table.Cell>{format.date(review.nextReviewOn)}</Table.Cell>
                  <Table.Cell>
                    {review.daysOverdue > 0
                      ? t('reviews.overdueDays', { count: review.daysOverdue })
                      : review.daysOverdue === 0
                        ? t('reviews.dueToday')
                        : t('reviews.dueInDays', { count: -review.daysOverdue })}
                  </Table.Cell>
                  <Table.Cell>{review.afterClosure ? t('reviews.kindAfterClosure') : t('reviews.kindPeriodic')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  )
}
