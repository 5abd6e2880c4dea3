import { useSearchParams } from 'react-router'
import { LoadMore } from '../../../components/LoadMore'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { useCases } from '../api/listCases'
import { CaseFilters } from './CaseFilters'
import { CaseTable } from './CaseTable'
import { filtersFromParams, paramsFromFilters } from './filterParams'

/** The case list; its filters live in the query string. */
export function CasesOverview() {
  const [params, setParams] = useSearchParams()
  const filters = filtersFromParams(params)
  const key = paramsFromFilters(filters).toString()
  const query = useCases(filters)
  return (
    <section>
      <CaseFilters key={key} value={filters} onChange={(next) => setParams(paramsFromFilters(next))} />
      {query.isPending && <Loading />}
      {query.isError && <ProblemAlert error={query.error} />}
      {query.data && <CaseTable cases={query.data.pages.flatMap((page) => page.items)} />}
      <LoadMore
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </section>
  )
}
