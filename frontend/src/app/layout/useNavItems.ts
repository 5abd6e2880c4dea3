import { useTranslation } from 'react-i18next'
import type { Me } from '../../lib/api/types'
import { can, PERMISSIONS } from '../../lib/auth/permissions'

export type NavItem = { readonly href: string; readonly label: string }

/** Navigation shows only the areas the actor's permissions allow. */
export function useNavItems(me: Me): NavItem[] {
  const { t } = useTranslation()
  const items: NavItem[] = [{ href: '/', label: t('nav.home') }]
  if (can(me, PERMISSIONS.casesRead)) items.push({ href: '/cases', label: t('nav.cases') })
  if (can(me, PERMISSIONS.assessmentsRead)) {
    items.push({ href: '/alerts', label: t('nav.alerts') })
    items.push({ href: '/reviews', label: t('nav.reviews') })
  }
  if (can(me, PERMISSIONS.frameworksRead) || can(me, PERMISSIONS.frameworksManage))
    items.push({ href: '/frameworks', label: t('nav.frameworks') })
  if (can(me, PERMISSIONS.meetingsRead)) items.push({ href: '/meetings', label: t('nav.meetings') })
  if (can(me, PERMISSIONS.plansRead)) items.push({ href: '/plans/attention', label: t('nav.attention') })
  if (can(me, PERMISSIONS.interventionsRead)) items.push({ href: '/interventions', label: t('nav.interventions') })
  if (can(me, PERMISSIONS.processRead)) items.push({ href: '/process', label: t('nav.process') })
  if (can(me, PERMISSIONS.organisationsRead)) items.push({ href: '/admin/organisations', label: t('nav.organisations') })
  if (can(me, PERMISSIONS.usersRead)) items.push({ href: '/admin/users', label: t('nav.users') })
  if (can(me, PERMISSIONS.auditRead)) items.push({ href: '/audit', label: t('nav.audit') })
  items.push({ href: '/account', label: t('nav.account') })
  return items
}
