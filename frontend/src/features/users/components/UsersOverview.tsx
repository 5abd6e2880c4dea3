import { useState } from 'react'
import { LoadMore } from '../../../components/LoadMore'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { useUsers, type UserFilters as Filters } from '../api/listUsers'
import { UserFilters } from './UserFilters'
import { UserTable } from './UserTable'

export function UsersOverview() {
  const [filters, setFilters] = useState<Filters>({})
  const query = useUsers(filters)
  return (
    <section>
      <UserFilters onChange={setFilters} />
      {query.isPending && <Loading />}
      {query.isError && <ProblemAlert error={query.error} />}
      {query.data && <UserTable users={query.data.pages.flatMap((page) => page.items)} />}
      <LoadMore
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </section>
  )
}
