import { Alert, Paragraph, UnorderedList } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '../../../components/ProblemAlert'
import { ApiError } from '../../../lib/api/problem'

/** The loader's findings: invalidParams of a 422 (or 400) answer, each named by where in the file it is. */
function loaderProblems(error: unknown): { name: string; reason: string }[] {
  if (!(error instanceof ApiError) || (error.status !== 422 && error.status !== 400)) return []
  return error.problem.invalidParams ?? []
}

/** What was wrong with an imported file, every problem with its location; any other failure as a problem alert. */
export function ImportProblems({ error, heading }: { error: unknown; heading: string }) {
  const { t } = useTranslation()
  const problems = loaderProblems(error)
  if (problems.length === 0) return <ProblemAlert error={error} headingLevel={3} />
  return (
    <Alert heading={heading} headingLevel={3} severity="error" role="alert">
      <Paragraph>{t('importProblems.intro', { count: problems.length })}</Paragraph>
      <UnorderedList>
        {problems.map((problem, index) => (
          <UnorderedList.Item key={`${problem.name}-${index}`}>
            {problem.name && problem.name !== 'body' ? `${problem.name}: ${problem.reason}` : problem.reason}
          </UnorderedList.Item>
        ))}
      </UnorderedList>
    </Alert>
  )
}
