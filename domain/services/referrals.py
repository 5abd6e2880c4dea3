"""Intake: the duplicate check and registering a referral as a new case."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.access.roles import Role
from domain.case.model import Case, CaseId, Ideology, ParticipationRole, Referral
from domain.errors import InvalidInput, InvalidParam
from domain.ids import OrganisationId, UserId, new_id
from domain.person.bsn import Bsn, bsn_problem
from domain.person.matching import name_key, name_similarity, same_person_likely
from domain.person.model import Address, District, ExternalId, Gender, Person, PersonId
from domain.ports import CaseRef, Clock, UnitOfWork
from domain.services.case_access import actor_ref
from domain.services.common import audit_entry, ensure

OLDEST_AGE_YEARS = 120
MAX_TEXT = 10_000


@dataclass(frozen=True)
class PersonInput:
    first_names: str
    surname: str
    gender: Gender = Gender.UNKNOWN
    district: District = District.UNKNOWN
    prefix: str | None = None
    date_of_birth: date | None = None
    address: Address | None = None
    bsn: str | None = None
    external_ids: tuple[ExternalId, ...] = ()


@dataclass(frozen=True)
class ReferralInput:
    source_organisation_id: OrganisationId
    referrer_name: str
    referred_on: date
    description: str
    reason_for_concern: str
    ideology: Ideology


@dataclass(frozen=True)
class RegisterReferral:
    referral: ReferralInput
    person_id: PersonId | None = None
    person: PersonInput | None = None
    linked_case_ids: tuple[CaseId, ...] = ()


@dataclass(frozen=True)
class PersonMatch:
    person: Person
    bsn_match: bool
    score: float
    cases: list[CaseRef] = field(default_factory=list)


def validate_person(data: PersonInput, today: date, prefix: str = "person.") -> tuple[Bsn | None, list[InvalidParam]]:
    problems = []
    if not data.first_names.strip():
        problems.append(InvalidParam(prefix + "firstNames", "must not be empty"))
    if not data.surname.strip():
        problems.append(InvalidParam(prefix + "surname", "must not be empty"))
    if data.date_of_birth is not None:
        if data.date_of_birth > today:
            problems.append(InvalidParam(prefix + "dateOfBirth", "must not be in the future"))
        elif today.year - data.date_of_birth.year > OLDEST_AGE_YEARS:
            problems.append(InvalidParam(prefix + "dateOfBirth", f"is more than {OLDEST_AGE_YEARS} years ago"))
    bsn = None
    if data.bsn:
        raw = "".join(data.bsn.split())
        problem = bsn_problem(raw)
        if problem:
            problems.append(InvalidParam(prefix + "bsn", problem))
        else:
            bsn = Bsn(raw)
    return bsn, problems


def _text(value: str, name: str, problems: list[InvalidParam]) -> str:
    cleaned = value.strip()
    if not cleaned:
        problems.append(InvalidParam(name, "must not be empty"))
    elif len(cleaned) > MAX_TEXT:
        problems.append(InvalidParam(name, f"must be at most {MAX_TEXT} characters"))
    return cleaned


async def find_matches(
    uow: UnitOfWork, actor: Actor, *, surname: str, first_names: str | None, date_of_birth: date | None, bsn: str | None
) -> list[PersonMatch]:
    """Persons who may be the subject of a new referral: the same BSN, or a similar name
    (spelling variants folded) with the same date of birth, each with their cases."""
    ensure(actor, Permission.CASES_CREATE)
    bsn_digits = "".join(bsn.split()) if bsn else None
    problem = bsn_problem(bsn_digits) if bsn_digits else None
    if problem:
        raise InvalidInput.field("bsn", problem)
    wanted = " ".join(p for p in (first_names, surname) if p)
    async with uow:
        found: dict[PersonId, PersonMatch] = {}
        if bsn_digits:
            by_bsn = await uow.persons.find_by_bsn(Bsn(bsn_digits))
            if by_bsn:
                found[by_bsn.id] = PersonMatch(by_bsn, True, 1.0)
        pool = (
            await uow.persons.born_on(date_of_birth)
            if date_of_birth
            else await uow.persons.with_surname_key(name_key(surname))
        )
        for person in pool:
            compared = person.full_name if first_names else person.surname
            if person.id not in found and same_person_likely(wanted, compared):
                found[person.id] = PersonMatch(person, False, round(name_similarity(wanted, compared), 2))
        matches = []
        for match in sorted(found.values(), key=lambda m: (not m.bsn_match, -m.score)):
            cases = await uow.cases.of_person(match.person.id)
            refs = [CaseRef(c.id, c.reference, c.status, c.opened_at, c.closed_at) for c in cases]
            matches.append(PersonMatch(match.person, match.bsn_match, match.score, refs))
        uow.record(audit_entry(actor, "person.match", record_type="person", details={"matches": len(matches)}))
        await uow.commit()
        return matches


async def register_referral(uow: UnitOfWork, clock: Clock, actor: Actor, cmd: RegisterReferral) -> CaseId:
    """Register a referral (melding) as a new case in `referred`. Earlier cases of the same
    person are linked, so a repeat referral is never lost. A regisseur who registers it
    becomes the case's regisseur."""
    ensure(actor, Permission.CASES_CREATE)
    now = clock.now()
    today = now.date()
    if (cmd.person_id is None) == (cmd.person is None):
        raise InvalidInput.field("personId", "give either an existing personId or a new person, not both")
    problems: list[InvalidParam] = []
    data = cmd.referral
    referrer = _text(data.referrer_name, "referral.referrerName", problems)
    description = _text(data.description, "referral.description", problems)
    concern = _text(data.reason_for_concern, "referral.reasonForConcern", problems)
    if data.referred_on > today:
        problems.append(InvalidParam("referral.referredOn", "must not be in the future"))
    bsn = None
    if cmd.person is not None:
        bsn, person_problems = validate_person(cmd.person, today)
        problems += person_problems
    if problems:
        raise InvalidInput(problems)
    async with uow:
        source = await uow.organisations.get(data.source_organisation_id)
        if source is None or not source.active:
            raise InvalidInput.field("referral.sourceOrganisationId", "no active organisation with this id")
        person = await _resolve_person(uow, cmd, bsn, now)
        linked = list(dict.fromkeys(cmd.linked_case_ids))
        if len(await uow.cases.refs(linked)) != len(linked):
            raise InvalidInput.field("linkedCaseIds", "contains an id that is not a case")
        earlier = [c.id for c in await uow.cases.of_person(person.id)]
        regisseur = UserId(actor.id) if Role.REGISSEUR in actor.roles and actor.id else None
        case = Case.open(
            reference=await uow.cases.next_reference(now.year),
            person_id=person.id,
            referral=Referral(
                data.source_organisation_id, referrer, data.referred_on, description, concern, data.ideology
            ),
            actor=actor_ref(actor),
            at=now,
            regisseur_id=regisseur,
            linked_case_ids=list(dict.fromkeys([*linked, *earlier])),
        )
        if actor.organisation_id is not None:
            case.add_participation(actor.organisation_id, ParticipationRole.REGISSEUR, None, actor_ref(actor), now)
        if data.source_organisation_id != actor.organisation_id:
            case.add_participation(
                data.source_organisation_id, ParticipationRole.INFORMANT, referrer, actor_ref(actor), now
            )
        await uow.cases.add(case)
        uow.record(
            audit_entry(
                actor,
                "case.create",
                record_type="case",
                record_id=case.id,
                subject_person_id=person.id,
                details={"reference": case.reference},
            )
        )
        await uow.commit()
        return case.id


async def _resolve_person(uow: UnitOfWork, cmd: RegisterReferral, bsn: Bsn | None, now: datetime) -> Person:
    if cmd.person_id is not None:
        existing = await uow.persons.get(cmd.person_id)
        if existing is None:
            raise InvalidInput.field("personId", "no person with this id")
        return existing
    assert cmd.person is not None
    if bsn is not None:
        known = await uow.persons.find_by_bsn(bsn)
        if known is not None:
            return known  # the same citizen: never a second person record
    data = cmd.person
    person = Person(
        id=PersonId(new_id()),
        first_names=" ".join(data.first_names.split()),
        prefix=(data.prefix or "").strip() or None,
        surname=" ".join(data.surname.split()),
        date_of_birth=data.date_of_birth,
        gender=data.gender,
        address=data.address,
        district=data.district,
        bsn=bsn,
        external_ids=list(data.external_ids),
        created_at=now,
        updated_at=now,
    )
    await uow.persons.add(person)
    return person
