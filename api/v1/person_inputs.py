"""Request schemas -> domain commands for persons."""

from __future__ import annotations

from api.v1.schemas.persons import AddressModel, PersonInput
from domain.person.model import Address, ExternalId
from domain.services import referrals


def address(model: AddressModel | None) -> Address | None:
    if model is None:
        return None
    return Address(model.street.strip(), model.house_number.strip(), model.postcode.strip().upper(), model.city.strip())


def person_input(body: PersonInput) -> referrals.PersonInput:
    return referrals.PersonInput(
        first_names=body.first_names,
        surname=body.surname,
        gender=body.gender,
        district=body.district,
        prefix=body.prefix,
        date_of_birth=body.date_of_birth,
        address=address(body.address),
        bsn=body.bsn,
        external_ids=tuple(ExternalId(e.system, e.value) for e in body.external_ids),
    )
