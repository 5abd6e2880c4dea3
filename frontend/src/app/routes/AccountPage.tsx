import { Column, DescriptionList, Heading } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { usePageTitle } from '../../components/usePageTitle'
import { ChangePasswordForm } from '../../features/auth/components/ChangePasswordForm'
import { useMe } from '../../lib/auth/useMe'

export default function AccountPage() {
  const { t } = useTranslation()
  const { data: me } = useMe()
  usePageTitle(t('account.title'))
  if (!me) return null
  return (
    <Column>
      <Heading level={1}>{t('account.title')}</Heading>
      <DescriptionList>
        <DescriptionList.Term>{t('account.displayName')}</DescriptionList.Term>
        <DescriptionList.Description>{me.displayName}</DescriptionList.Description>
        <DescriptionList.Term>{t('auth.username')}</DescriptionList.Term>
        <DescriptionList.Description>{me.username ?? '-'}</DescriptionList.Description>
        <DescriptionList.Term>{t('account.organisation')}</DescriptionList.Term>
        <DescriptionList.Description>{me.organisation.name}</DescriptionList.Description>
        <DescriptionList.Term>{t('account.roles')}</DescriptionList.Term>
        {me.roles.map((role) => (
          <DescriptionList.Description key={role}>{t(`enums.role.${role}`)}</DescriptionList.Description>
        ))}
      </DescriptionList>
      {me.actorType === 'user' && (
        <section aria-labelledby="change-password-heading">
          <Heading level={2} id="change-password-heading" className="ams-mb-m">
            {t('account.changePassword')}
          </Heading>
          <ChangePasswordForm />
        </section>
      )}
    </Column>
  )
}
