import { LinkList, PageHeader, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { RouterLinkAdapter } from '../../components/RouterLinkAdapter'
import { LogoutButton } from '../../features/auth/components/LogoutButton'
import type { Me } from '../../lib/api/types'
import { LanguageSwitch } from './LanguageSwitch'
import { NavLinkAdapter } from './NavLinkAdapter'
import { useNavItems } from './useNavItems'

const FIXED_ITEM = 'ams-page-header__menu-item ams-page-header__menu-item--fixed'

export function AppHeader({ me }: { me: Me }) {
  const { t } = useTranslation()
  const items = useNavItems(me)
  return (
    <PageHeader
      brandName={t('app.name')}
      logoLink="/"
      logoLinkComponent={RouterLinkAdapter}
      logoLinkTitle={t('layout.homeLinkTitle')}
      logoAccessibleName={t('layout.logoAccessibleName')}
      navigationLabel={t('layout.navigationLabel')}
      menuButtonText={t('layout.menu')}
      menuButtonTextForHide={t('layout.menuHide')}
      menuButtonTextForShow={t('layout.menuShow')}
      noMenuButtonOnWideWindow
      menuItems={[
        ...items.map((item) => (
          <PageHeader.MenuLink key={item.href} href={item.href} linkComponent={NavLinkAdapter}>
            {item.label}
          </PageHeader.MenuLink>
        )),
        <li key="actor" className={FIXED_ITEM}>
          <Paragraph size="small" data-testid="current-actor">
            {t('layout.signedInAs', { name: me.displayName, organisation: me.organisation.name })}
          </Paragraph>
        </li>,
        <li key="language" className={FIXED_ITEM}>
          <LanguageSwitch />
        </li>,
        <li key="logout" className={FIXED_ITEM}>
          <LogoutButton />
        </li>,
      ]}
    >
      <PageHeader.GridCellNarrowWindowOnly span="all">
        <LinkList>
          {items.map((item) => (
            <LinkList.Link key={item.href} href={item.href} linkComponent={NavLinkAdapter}>
              {item.label}
            </LinkList.Link>
          ))}
        </LinkList>
      </PageHeader.GridCellNarrowWindowOnly>
    </PageHeader>
  )
}
