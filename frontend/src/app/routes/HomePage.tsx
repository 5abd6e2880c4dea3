import { Card, Column, Heading, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { RouterLinkAdapter } from '../../components/RouterLinkAdapter'
import { usePageTitle } from '../../components/usePageTitle'
import { localeFor } from '../../lib/i18n/format'
import type { Role } from '../../lib/api/types'
import { can, PERMISSIONS } from '../../lib/auth/permissions'
import { useMe } from '../../lib/auth/useMe'

/** Roles that will work on cases here; they get a short description of what is coming. */
const DESCRIBED_ROLES = ['coordinator', 'regisseur', 'partner', 'police', 'analyst'] as const
type DescribedRole = (typeof DESCRIBED_ROLES)[number]

function isDescribed(role: Role): role is DescribedRole {
  return (DESCRIBED_ROLES as readonly Role[]).includes(role)
}

type Tile = { href: string; title: string; text: string }

export default function HomePage() {
  const { t, i18n } = useTranslation()
  const { data: me } = useMe()
  usePageTitle(t('home.title'))
  if (!me) return null

  const roles = new Intl.ListFormat(localeFor(i18n.language), { type: 'conjunction' }).format(
    me.roles.map((role) => t(`enums.role.${role}`)),
  )
  const tiles: Tile[] = []
  if (can(me, PERMISSIONS.casesRead)) tiles.push({ href: '/cases', title: t('nav.cases'), text: t('home.tiles.cases') })
  if (can(me, PERMISSIONS.casesCreate))
    tiles.push({ href: '/cases/new', title: t('home.tiles.newReferralTitle'), text: t('home.tiles.newReferral') })
  if (can(me, PERMISSIONS.assessmentsRead)) {
    tiles.push({ href: '/alerts', title: t('nav.alerts'), text: t('home.tiles.alerts') })
    tiles.push({ href: '/reviews', title: t('nav.reviews'), text: t('home.tiles.reviews') })
  }
  if (can(me, PERMISSIONS.frameworksRead) || can(me, PERMISSIONS.frameworksManage))
    tiles.push({ href: '/frameworks', title: t('nav.frameworks'), text: t('home.tiles.frameworks') })
  if (can(me, PERMISSIONS.processRead)) tiles.push({ href: '/process', title: t('nav.process'), text: t('home.tiles.process') })
  if (can(me, PERMISSIONS.organisationsRead))
    tiles.push({ href: '/admin/organisations', title: t('nav.organisations'), text: t('home.tiles.organisations') })
  if (can(me, PERMISSIONS.usersRead)) tiles.push({ href: '/admin/users', title: t('nav.users'), text: t('home.tiles.users') })
  if (can(me, PERMISSIONS.auditRead)) tiles.push({ href: '/audit', title: t('nav.audit'), text: t('home.tiles.audit') })
  tiles.push({ href: '/account', title: t('nav.account'), text: t('home.tiles.account') })

  return (
    <Column>
      <Heading level={1}>{t('home.greeting', { name: me.displayName })}</Heading>
      <Paragraph size="large">
        {me.roles.length
          ? t('home.worksFor', { organisation: me.organisation.name, roles })
          : t('home.worksForNoRole', { organisation: me.organisation.name })}
      </Paragraph>
      {me.roles
        .filter(isDescribed)
        .map((role) => (
          <Paragraph key={role}>{t(`home.roleDescription.${role}`)}</Paragraph>
        ))}
      <Heading level={2}>{t('home.tilesHeading')}</Heading>
      <ul className="casusregie-tiles">
        {tiles.map((tile) => (
          <li key={tile.href}>
            <Card>
              <Card.Heading level={3}>
                <Card.Link href={tile.href} linkComponent={RouterLinkAdapter}>
                  {tile.title}
                </Card.Link>
              </Card.Heading>
              <Paragraph>{tile.text}</Paragraph>
            </Card>
          </li>
        ))}
      </ul>
    </Column>
  )
}
