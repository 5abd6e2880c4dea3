import { Grid, Page, PageHeader, SkipLink } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { useFocusMainOnNavigate } from '../../components/useFocusMainOnNavigate'
import { Outlet } from 'react-router'
import { RouterLinkAdapter } from '../../components/RouterLinkAdapter'
import { AppFooter } from './AppFooter'
import { LanguageSwitch } from './LanguageSwitch'

/** Login and activation: no navigation, only the brand and the language switch. */
export function PublicLayout() {
  const { t } = useTranslation()
  useFocusMainOnNavigate()
  return (
    <Page>
      <SkipLink href="#main">{t('layout.skipToContent')}</SkipLink>
      <PageHeader
        brandName={t('app.name')}
        logoLink="/login"
        logoLinkComponent={RouterLinkAdapter}
        logoLinkTitle={t('layout.loginLinkTitle')}
        logoAccessibleName={t('layout.logoAccessibleName')}
        navigationLabel={t('layout.navigationLabel')}
        menuItems={
          <li className="ams-page-header__menu-item ams-page-header__menu-item--fixed">
            <LanguageSwitch />
          </li>
        }
      />
      <Grid as="main" id="main" tabIndex={-1} paddingVertical="large">
        <Grid.Cell span={{ narrow: 4, medium: 6, wide: 6 }} start={{ narrow: 1, medium: 2, wide: 4 }}>
          <Outlet />
        </Grid.Cell>
      </Grid>
      <AppFooter />
    </Page>
  )
}
