import { Link, Table } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { RouterLinkAdapter } from '../../../components/RouterLinkAdapter'
import { TableScroll } from '../../../components/TableScroll'
import type { User } from '../../../lib/api/types'
import { useFormat } from '../../../lib/i18n/format'
import { useUserStatus } from './UserStatus'

export function UserTable({ users }: { users: User[] }) {
  const { t } = useTranslation()
  const format = useFormat()
  const status = useUserStatus()
  return (
    <TableScroll label={t('users.tableCaption')}>
      <Table>
        <Table.Caption>{t('users.tableCaption')}</Table.Caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('users.displayName')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('auth.username')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('users.organisation')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('users.team')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('users.roles')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('filters.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('users.lastLoginAt')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {users.length === 0 && (
            <Table.Row>
              <Table.Cell colSpan={7}>{t('common.noResults')}</Table.Cell>
            </Table.Row>
          )}
          {users.map((user) => (
            <Table.Row key={user.id}>
              <Table.Cell>
                <Link href={`/admin/users/${user.id}`} linkComponent={RouterLinkAdapter}>
                  {user.displayName}
                </Link>
              </Table.Cell>
              <Table.Cell>{user.username}</Table.Cell>
              <Table.Cell>{user.organisationName}</Table.Cell>
              <Table.Cell>{user.team ?? '-'}</Table.Cell>
              <Table.Cell>{user.roles.map((role) => t(`enums.role.${role}`)).join(', ')}</Table.Cell>
              <Table.Cell>{status(user)}</Table.Cell>
              <Table.Cell>{user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t('users.neverLoggedIn')}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  )
}
