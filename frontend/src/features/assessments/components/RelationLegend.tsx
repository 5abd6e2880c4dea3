import { DescriptionList } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'
import { RELATIONS } from './vocabulary'

/** What each relation means, and what an entered presence counts as through it (domain: counted_presence). */
export function RelationLegend() {
  const { t } = useTranslation()
  return (
    <DescriptionList termsWidth="medium">
      {RELATIONS.map((relation) => (
        <DescriptionList.Section key={relation}>
          <DescriptionList.Term>{t(`enums.mappingRelation.${relation}`)}</DescriptionList.Term>
          <DescriptionList.Description>
            {t(`crosswalks.relationMeaning.${relation}`)} {t(`crosswalks.relationEffect.${relation}`)}
          </DescriptionList.Description>
        </DescriptionList.Section>
      ))}
    </DescriptionList>
  )
}
