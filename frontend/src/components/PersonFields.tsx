import { Column, FieldSet, Select } from '@amsterdam/design-system-react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { DISTRICTS, GENDERS, isOneOf } from '../lib/api/enums'
import type { Person, PersonInput } from '../lib/api/types'
import { todayIso } from '../lib/i18n/format'
import { isValidBsn } from '../lib/validation/bsn'
import { DateField, SelectField, TextField } from './fields'
import type { FieldErrors } from './formErrors'

/** The person fields of the referral form and the person edit form, as typed. */
export type PersonDraft = {
  firstNames: string
  prefix: string
  surname: string
  dateOfBirth: string
  gender: string
  district: string
  bsn: string
  street: string
  houseNumber: string
  postcode: string
  city: string
}

export const EMPTY_PERSON: PersonDraft = {
  firstNames: '',
  prefix: '',
  surname: '',
  dateOfBirth: '',
  gender: '',
  district: '',
  bsn: '',
  street: '',
  houseNumber: '',
  postcode: '',
  city: '',
}

export function personDraftOf(person: Person): PersonDraft {
  return {
    firstNames: person.firstNames,
    prefix: person.prefix ?? '',
    surname: person.surname,
    dateOfBirth: person.dateOfBirth ?? '',
    gender: person.gender,
    district: person.district,
    bsn: '',
    street: person.address?.street ?? '',
    houseNumber: person.address?.houseNumber ?? '',
    postcode: person.address?.postcode ?? '',
    city: person.address?.city ?? '',
  }
}

/** A BSN as typed ("1234 56 782", "123.456.782") to its nine digits. */
export function normaliseBsn(value: string): string {
  return value.replace(/[\s.]/g, '')
}

const ADDRESS_FIELDS = ['street', 'houseNumber', 'postcode', 'city'] as const

export function hasAddress(draft: PersonDraft): boolean {
  return ADDRESS_FIELDS.some((field) => draft[field].trim())
}

/** The draft as the API's PersonInput; blank optional fields are left out. */
export function personInputOf(draft: PersonDraft): PersonInput {
  const gender = isOneOf(GENDERS, draft.gender) ? draft.gender : 'unknown'
  const district = isOneOf(DISTRICTS, draft.district) ? draft.district : 'unknown'
  return {
    firstNames: draft.firstNames.trim(),
    surname: draft.surname.trim(),
    gender,
    district,
    ...(draft.prefix.trim() ? { prefix: draft.prefix.trim() } : {}),
    ...(draft.dateOfBirth ? { dateOfBirth: draft.dateOfBirth } : {}),
    ...(normaliseBsn(draft.bsn) ? { bsn: normaliseBsn(draft.bsn) } : {}),
    ...(hasAddress(draft)
      ? {
          address: {
            street: draft.street.trim(),
            houseNumber: draft.houseNumber.trim(),
            postcode: draft.postcode.trim().toUpperCase(),
            city: draft.city.trim(),
          },
        }
      : {}),
  }
}

export function validatePerson(draft: PersonDraft, t: TFunction): FieldErrors {
  const bsn = normaliseBsn(draft.bsn)
  const errors: FieldErrors = {
    firstNames: draft.firstNames.trim() ? undefined : t('person.firstNamesRequired'),
    surname: draft.surname.trim() ? undefined : t('person.surnameRequired'),
    gender: draft.gender ? undefined : t('person.genderRequired'),
    district: draft.district ? undefined : t('person.districtRequired'),
    bsn: !bsn || isValidBsn(bsn) ? undefined : t('person.bsnInvalid'),
    dateOfBirth: draft.dateOfBirth && draft.dateOfBirth > todayIso() ? t('person.dateOfBirthInFuture') : undefined,
  }
  if (hasAddress(draft)) {
    for (const field of ADDRESS_FIELDS) {
      if (!draft[field].trim()) errors[field] = t('person.addressIncomplete')
    }
  }
  return errors
}

type Props = {
  readonly idPrefix: string
  readonly value: PersonDraft
  readonly onChange: (draft: PersonDraft) => void
  readonly errors: FieldErrors
  /** On the edit form the BSN is never shown: a new one replaces it, an empty field keeps it. */
  readonly bsnHint?: string
}

export function PersonFields({ idPrefix, value, onChange, errors, bsnHint }: Props) {
  const { t } = useTranslation()
  const set = (field: keyof PersonDraft) => (v: string) => onChange({ ...value, [field]: v })
  const id = (field: string) => `${idPrefix}-${field}`
  return (
    <Column gap="none">
      <TextField id={id('firstNames')} label={t('person.firstNames')} required autoComplete="off"
        value={value.firstNames} onChange={set('firstNames')} error={errors.firstNames} />
      <TextField id={id('prefix')} label={t('person.prefix')} optional autoComplete="off"
        value={value.prefix} onChange={set('prefix')} error={errors.prefix} />
      <TextField id={id('surname')} label={t('person.surname')} required autoComplete="off"
        value={value.surname} onChange={set('surname')} error={errors.surname} />
      <DateField id={id('dateOfBirth')} label={t('person.dateOfBirth')} optional max={todayIso()}
        value={value.dateOfBirth} onChange={set('dateOfBirth')} error={errors.dateOfBirth} />
      <SelectField id={id('gender')} label={t('person.gender')} required value={value.gender}
        onChange={set('gender')} error={errors.gender}>
        <Select.Option value="">{t('form.choose')}</Select.Option>
        {GENDERS.map((gender) => (
          <Select.Option key={gender} value={gender}>{t(`enums.gender.${gender}`)}</Select.Option>
        ))}
      </SelectField>
      <SelectField id={id('district')} label={t('person.district')} required value={value.district}
        onChange={set('district')} error={errors.district}>
        <Select.Option value="">{t('form.choose')}</Select.Option>
        {DISTRICTS.map((district) => (
          <Select.Option key={district} value={district}>{t(`enums.district.${district}`)}</Select.Option>
        ))}
      </SelectField>
      <TextField id={id('bsn')} label={t('person.bsn')} hint={bsnHint ?? t('person.bsnHint')} inputMode="numeric"
        autoComplete="off" value={value.bsn} onChange={set('bsn')} error={errors.bsn} />
      <FieldSet legend={t('person.address')} hint={t('person.addressHint')} className="ams-mb-m">
        <TextField id={id('street')} label={t('person.street')} autoComplete="off"
          value={value.street} onChange={set('street')} error={errors.street} />
        <TextField id={id('houseNumber')} label={t('person.houseNumber')} autoComplete="off"
          value={value.houseNumber} onChange={set('houseNumber')} error={errors.houseNumber} />
        <TextField id={id('postcode')} label={t('person.postcode')} autoComplete="off"
          value={value.postcode} onChange={set('postcode')} error={errors.postcode} />
        <TextField id={id('city')} label={t('person.city')} autoComplete="off"
          value={value.city} onChange={set('city')} error={errors.city} />
      </FieldSet>
    </Column>
  )
}
