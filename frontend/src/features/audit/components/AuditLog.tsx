import { useState } from 'react'
import { LoadMore } from '../../../components/LoadMore'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { useAuditEvents, type AuditFilters as Filters } from '../api/listAuditEvents'
import { AuditFilters } from './AuditFilters'
import { AuditTable } from './AuditTable'

export function AuditLog() {
  const [filters, setFilters] = useState<Filters>({})
  const query = useAuditEvents(filters)
  return (
    <section>
      <AuditFilters onChange={setFilters} />
      {query.isPending && <Loading />}
      {query.isError && <ProblemAlert error={query.error} />}
      {query.data && <AuditTable events={query.data.pages.flatMap((page) => page.items)} />}
      <LoadMore
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </section>
  )
}
