import { Column } from '@amsterdam/design-system-react'
import { useId } from 'react'
import { Loading } from '../../../components/Loading'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { useProcess } from '../api/getProcess'
import { ProcessChart } from './ProcessChart'
import { ProcessTable } from './ProcessTable'

export function ProcessOverview() {
  const query = useProcess()
  const textId = `process-text-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  if (query.isPending) return <Loading />
  if (query.isError) return <ProblemAlert error={query.error} />
  return (
    <Column gap="large">
      <ProcessChart process={query.data} describedBy={textId} />
      <ProcessTable process={query.data} id={textId} />
    </Column>
  )
}
