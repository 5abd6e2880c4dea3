"""Reading and changing a person (betrokkene): visible through their cases only."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from domain.access.actor import Actor
from domain.access.cases import can_manage_case, can_view_case
from domain.access.permissions import Permission
from domain.errors import Forbidden, InvalidInput, NotFound, StaleVersion
from domain.ids import new_id
from domain.person.model import Address, District, ExternalId, Gender, Person, PersonId, Relation, RelationKind
from domain.ports import CaseRef, Clock, UnitOfWork
from domain.services.case_access import facts_for
from domain.services.common import audit_entry, changes, ensure
from domain.services.referrals import PersonInput, validate_person

NO_PERSON = "No person with this id."


@dataclass(frozen=True)
class PersonView:
    person: Person
    relation_names: dict[PersonId, str]
    cases: list[CaseRef]


@dataclass(frozen=True)
class UpdatePerson:
    """Fields set in `fields_set` change; the others stay."""

    fields_set: frozenset[str]
    first_names: str | None = None
    prefix: str | None = None
    surname: str | None = None
    date_of_birth: date | None = None
    gender: Gender | None = None
    address: Address | None = None
    district: District | None = None
    bsn: str | None = None
    external_ids: tuple[ExternalId, ...] | None = None


async def _access(uow: UnitOfWork, actor: Actor, person_id: PersonId) -> tuple[Person, list[CaseRef], bool]:
    """The person, the cases of theirs the actor sees, and whether the actor manages one of them."""
    person = await uow.persons.get(person_id)
    if person is None:
        raise NotFound(NO_PERSON)
    visible, manages = [], False
    for case in await uow.cases.of_person(person_id):
        facts = await facts_for(uow, case)
        if can_view_case(actor, facts):
            visible.append(CaseRef(case.id, case.reference, case.status, case.opened_at, case.closed_at))
            manages = manages or can_manage_case(actor, facts)
    if not visible:
        raise NotFound(NO_PERSON)
    return person, visible, manages


async def get_person(uow: UnitOfWork, actor: Actor, person_id: PersonId) -> PersonView:
    ensure(actor, Permission.PERSONS_READ)
    async with uow:
        person, cases, _ = await _access(uow, actor, person_id)
        names = await uow.persons.names([r.related_person_id for r in person.relations])
        uow.record(
            audit_entry(actor, "person.read", record_type="person", record_id=person_id, subject_person_id=person_id)
        )
        await uow.commit()
        return PersonView(person, names, cases)


async def reveal_bsn(uow: UnitOfWork, actor: Actor, person_id: PersonId) -> str | None:
    """The BSN in clear, for a permitted actor who sees one of the person's cases; audited."""
    ensure(actor, Permission.PERSONS_REVEAL_BSN)
    async with uow:
        person, _, _ = await _access(uow, actor, person_id)
        uow.record(
            audit_entry(
                actor, "person.bsn_reveal", record_type="person", record_id=person_id, subject_person_id=person_id
            )
        )
        await uow.commit()
        return person.bsn.value if person.bsn else None


def _snapshot(p: Person) -> dict[str, object]:
    """For detecting changes only: the audit receives the names of changed fields, never values."""
    return {
        "firstNames": p.first_names,
        "prefix": p.prefix,
        "surname": p.surname,
        "dateOfBirth": p.date_of_birth.isoformat() if p.date_of_birth else None,
        "gender": p.gender.value,
        "district": p.district.value,
        "address": p.address,
        "bsn": p.bsn,
        "externalIds": sorted(f"{e.system}:{e.value}" for e in p.external_ids),
    }


async def update_person(
    uow: UnitOfWork, clock: Clock, actor: Actor, person_id: PersonId, cmd: UpdatePerson, expected_version: int
) -> PersonView:
    ensure(actor, Permission.PERSONS_MANAGE)
    now = clock.now()
    async with uow:
        person, cases, manages = await _access(uow, actor, person_id)
        if not manages:
            raise Forbidden("Only the coordinator or a regisseur of one of this person's cases can change them.")
        if person.version != expected_version:
            raise StaleVersion()
        before = _snapshot(person)
        merged = PersonInput(
            first_names=cmd.first_names
            if "first_names" in cmd.fields_set and cmd.first_names is not None
            else person.first_names,
            surname=cmd.surname if "surname" in cmd.fields_set and cmd.surname is not None else person.surname,
            date_of_birth=cmd.date_of_birth if "date_of_birth" in cmd.fields_set else person.date_of_birth,
            bsn=cmd.bsn if "bsn" in cmd.fields_set else None,
        )
        bsn, problems = validate_person(merged, now.date(), prefix="")
        if problems:
            raise InvalidInput(problems)
        if "bsn" in cmd.fields_set:
            if bsn is not None:
                other = await uow.persons.find_by_bsn(bsn)
                if other is not None and other.id != person.id:
                    raise InvalidInput.field("bsn", "belongs to another person already known")
            person.bsn = bsn
        person.first_names = " ".join(merged.first_names.split())
        person.surname = " ".join(merged.surname.split())
        person.date_of_birth = merged.date_of_birth
        if "prefix" in cmd.fields_set:
            person.prefix = (cmd.prefix or "").strip() or None
        if "gender" in cmd.fields_set and cmd.gender is not None:
            person.gender = cmd.gender
        if "address" in cmd.fields_set:
            person.address = cmd.address
        if "district" in cmd.fields_set and cmd.district is not None:
            person.district = cmd.district
        if "external_ids" in cmd.fields_set and cmd.external_ids is not None:
            person.external_ids = list(cmd.external_ids)
        diff = changes(before, _snapshot(person))
        if diff:
            person.updated_at = now
            await uow.persons.update(person, expected_version)
            person.version = expected_version + 1
            uow.record(
                audit_entry(
                    actor,
                    "person.update",
                    record_type="person",
                    record_id=person_id,
                    subject_person_id=person_id,
                    details={"changed": sorted(diff)},
                )
            )
        names = await uow.persons.names([r.related_person_id for r in person.relations])
        await uow.commit()
        return PersonView(person, names, cases)


@dataclass(frozen=True)
class NamedRelation:
    relation: Relation
    related_person_name: str


@dataclass(frozen=True)
class AddRelation:
    relation: RelationKind
    related_person_id: PersonId | None = None
    new_person: PersonInput | None = None


async def add_relation(
    uow: UnitOfWork, clock: Clock, actor: Actor, person_id: PersonId, cmd: AddRelation
) -> NamedRelation:
    """Relate someone from the family or network, an existing person or a new one."""
    ensure(actor, Permission.PERSONS_MANAGE)
    now = clock.now()
    if (cmd.related_person_id is None) == (cmd.new_person is None):
        raise InvalidInput.field("relatedPersonId", "give either relatedPersonId or person, not both")
    async with uow:
        person, _, manages = await _access(uow, actor, person_id)
        if not manages:
            raise Forbidden("Only the coordinator or a regisseur of one of this person's cases can change them.")
        if cmd.related_person_id is not None:
            related = await uow.persons.get(cmd.related_person_id)
            if related is None or related.id == person.id:
                raise InvalidInput.field("relatedPersonId", "no other person with this id")
        else:
            assert cmd.new_person is not None
            bsn, problems = validate_person(cmd.new_person, now.date())
            if problems:
                raise InvalidInput(problems)
            data = cmd.new_person
            related = Person(
                PersonId(new_id()),
                " ".join(data.first_names.split()),
                (data.prefix or "").strip() or None,
                " ".join(data.surname.split()),
                data.date_of_birth,
                data.gender,
                data.address,
                data.district,
                bsn,
                list(data.external_ids),
                now,
                now,
            )
            await uow.persons.add(related)
        relation = Relation(new_id(), related.id, cmd.relation)
        await uow.persons.add_relation(person_id, relation)
        uow.record(
            audit_entry(
                actor,
                "person.relation_add",
                record_type="person",
                record_id=person_id,
                subject_person_id=person_id,
                details={"relation": cmd.relation.value, "relatedPersonId": str(related.id)},
            )
        )
        await uow.commit()
        return NamedRelation(relation, related.full_name)


async def remove_relation(uow: UnitOfWork, actor: Actor, person_id: PersonId, relation_id: uuid.UUID) -> None:
    ensure(actor, Permission.PERSONS_MANAGE)
    async with uow:
        _, _, manages = await _access(uow, actor, person_id)
        if not manages:
            raise Forbidden("Only the coordinator or a regisseur of one of this person's cases can change them.")
        if not await uow.persons.remove_relation(person_id, relation_id):
            raise NotFound("No relation with this id.")
        uow.record(
            audit_entry(
                actor,
                "person.relation_remove",
                record_type="person",
                record_id=person_id,
                subject_person_id=person_id,
                details={"relationId": str(relation_id)},
            )
        )
        await uow.commit()
