import { FieldSet, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import type { OrganisationBrief, View } from '../../api/meetingTypes'
import { VIEWS } from '../vocabulary'
import { ChoiceGroup } from './ChoiceGroup'

type Props = {
  readonly organisations: readonly OrganisationBrief[]
  readonly views: Readonly<Record<string, View>>
  readonly errors: Readonly<Record<string, string>>
  readonly onChange: (organisationId: string, view: View) => void
}

/** Before inclusion every core partner at the table (municipality, police, prosecution) records its view. */
export function ViewsFields({ organisations, views, errors, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <FieldSet legend={t('meetings.decision.views')} className="ams-mb-m">
      {organisations.length === 0 && <Paragraph>{t('meetings.decision.noCorePartners')}</Paragraph>}
      {organisations.map((organisation) => (
        <ChoiceGroup key={organisation.id} path={`views.${organisation.id}`} legend={organisation.name} options={VIEWS}
          label={(view) => t(`meetings.view.${view}`)} value={views[organisation.id]}
          error={errors[`views.${organisation.id}`]} onChange={(view) => onChange(organisation.id, view)} />
      ))}
    </FieldSet>
  )
}
