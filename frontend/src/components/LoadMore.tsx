import { Button } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'

type Props = {
  readonly hasNextPage: boolean
  readonly isFetchingNextPage: boolean
  readonly onLoadMore: () => void
}

/** "Meer laden" for cursor-paginated lists (Page.nextCursor). */
export function LoadMore({ hasNextPage, isFetchingNextPage, onLoadMore }: Props) {
  const { t } = useTranslation()
  if (!hasNextPage) return null
  return (
    <Button variant="secondary" onClick={onLoadMore} disabled={isFetchingNextPage} className="ams-mt-m">
      {isFetchingNextPage ? t('common.loading') : t('common.loadMore')}
    </Button>
  )
}
