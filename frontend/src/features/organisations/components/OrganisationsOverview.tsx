import { useState } from 'react'
import { LoadMore } from '../../../components/LoadMore'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { useOrganisations, type OrganisationFilters as Filters } from '../api/listOrganisations'
import { OrganisationFilters } from './OrganisationFilters'
import { OrganisationTable } from './OrganisationTable'

export function OrganisationsOverview() {
  const [filters, setFilters] = useState<Filters>({})
  const query = useOrganisations(filters)
  return (
    <section>
      <OrganisationFilters onChange={setFilters} />
      {query.isPending && <Loading />}
      {query.isError && <ProblemAlert error={query.error} />}
      {query.data && <OrganisationTable organisations={query.data.pages.flatMap((page) => page.items)} />}
      <LoadMore
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </section>
  )
}
