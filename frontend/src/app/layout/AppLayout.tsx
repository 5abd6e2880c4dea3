import { Grid, Page, SkipLink } from '@amsterdam/design-system-react'
import { Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { useFocusMainOnNavigate } from '../../components/useFocusMainOnNavigate'
import { Outlet } from 'react-router'
import { Loading } from '../../components/Loading'
import { useMe } from '../../lib/auth/useMe'
import { AppFooter } from './AppFooter'
import { AppHeader } from './AppHeader'

/** The signed-in shell; RequireAuth guarantees `me` is loaded. */
export function AppLayout() {
  const { t } = useTranslation()
  useFocusMainOnNavigate()
  const { data: me } = useMe()
  if (!me) return <Loading />
  return (
    <Page>
      <SkipLink href="#main">{t('layout.skipToContent')}</SkipLink>
      <AppHeader me={me} />
      <Grid as="main" id="main" tabIndex={-1} paddingVertical="large">
        <Grid.Cell span="all">
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </Grid.Cell>
      </Grid>
      <AppFooter />
    </Page>
  )
}
