"""Persons: the BSN is encrypted on the way in and found through its blind index."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from domain.errors import StaleVersion
from domain.person.bsn import Bsn
from domain.person.matching import name_key
from domain.person.model import Address, District, ExternalId, Gender, Person, PersonId, Relation, RelationKind
from persistence.crypto import BsnCipher
from persistence.tables import person as t
from persistence.tables import person_relation

_PERSON = select(t).where(t.c.id == bindparam("person_id"))
_RELATIONS = select(person_relation).where(person_relation.c.person_id.in_(bindparam("person_ids", expanding=True)))


class SqlPersonRepository:
    def __init__(self, conn: AsyncConnection, cipher: BsnCipher | None) -> None:
        self._conn = conn
        self._cipher = cipher

    def _require_cipher(self) -> BsnCipher:
        if self._cipher is None:
            raise RuntimeError("this unit of work was opened without a BSN cipher")
        return self._cipher

    def _values(self, p: Person) -> dict[str, Any]:
        encrypted = index = None
        if p.bsn is not None:
            cipher = self._require_cipher()
            encrypted, index = cipher.encrypt(p.bsn), cipher.index(p.bsn)
        return {
            "first_names": p.first_names,
            "prefix": p.prefix,
            "surname": p.surname,
            "name_search": p.full_name.lower(),
            "surname_key": name_key(p.surname),
            "date_of_birth": p.date_of_birth,
            "gender": p.gender.value,
            "street": p.address.street if p.address else None,
            "house_number": p.address.house_number if p.address else None,
            "postcode": p.address.postcode if p.address else None,
            "city": p.address.city if p.address else None,
            "district": p.district.value,
            "bsn_encrypted": encrypted,
            "bsn_index": index,
            "external_ids": [{"system": e.system, "value": e.value} for e in p.external_ids],
            "updated_at": p.updated_at,
        }

    async def _to_domain(self, rows: list[Any]) -> list[Person]:
        if not rows:
            return []
        relations: dict[uuid.UUID, list[Relation]] = defaultdict(list)
        found = await self._conn.execute(_RELATIONS, {"person_ids": [r.id for r in rows]})
        for rel in found:
            relations[rel.person_id].append(
                Relation(rel.id, PersonId(rel.related_person_id), RelationKind(rel.relation))
            )
        return [self._map(r, relations[r.id]) for r in rows]

    def _map(self, row: Any, relations: list[Relation]) -> Person:
        address = None
        if row.street or row.postcode or row.city:
            address = Address(row.street or "", row.house_number or "", row.postcode or "", row.city or "")
        return Person(
            id=PersonId(row.id),
            first_names=row.first_names,
            prefix=row.prefix,
            surname=row.surname,
            date_of_birth=row.date_of_birth,
            gender=Gender(row.gender),
            address=address,
            district=District(row.district),
            bsn=self._require_cipher().decrypt(row.bsn_encrypted) if row.bsn_encrypted else None,
            external_ids=[ExternalId(e["system"], e["value"]) for e in row.external_ids],
            created_at=row.created_at,
            updated_at=row.updated_at,
            relations=sorted(relations, key=lambda r: str(r.id)),
            version=row.version,
        )

    async def get(self, person_id: PersonId) -> Person | None:
        rows = (await self._conn.execute(_PERSON, {"person_id": person_id})).all()
        found = await self._to_domain(list(rows))
        return found[0] if found else None

    async def add(self, p: Person) -> None:
        await self._conn.execute(
            insert(t).values(id=p.id, created_at=p.created_at, version=p.version, **self._values(p))
        )

    async def update(self, p: Person, expected_version: int) -> None:
        result = await self._conn.execute(
            update(t)
            .where(t.c.id == p.id, t.c.version == expected_version)
            .values(version=expected_version + 1, **self._values(p))
        )
        if result.rowcount != 1:
            raise StaleVersion()

    async def find_by_bsn(self, bsn: Bsn) -> Person | None:
        index = self._require_cipher().index(bsn)
        rows = (await self._conn.execute(select(t).where(t.c.bsn_index == index))).all()
        found = await self._to_domain(list(rows))
        return found[0] if found else None

    async def born_on(self, date_of_birth: date) -> list[Person]:
        rows = (await self._conn.execute(select(t).where(t.c.date_of_birth == date_of_birth).limit(500))).all()
        return await self._to_domain(list(rows))

    async def with_surname_key(self, surname_key: str) -> list[Person]:
        rows = (await self._conn.execute(select(t).where(t.c.surname_key == surname_key).limit(500))).all()
        return await self._to_domain(list(rows))

    async def names(self, person_ids: list[PersonId]) -> dict[PersonId, str]:
        if not person_ids:
            return {}
        rows = await self._conn.execute(
            select(t.c.id, t.c.first_names, t.c.prefix, t.c.surname).where(t.c.id.in_(person_ids))
        )
        return {PersonId(r.id): " ".join(x for x in (r.first_names, r.prefix, r.surname) if x) for r in rows}

    async def add_relation(self, person_id: PersonId, relation: Relation) -> None:
        await self._conn.execute(
            insert(person_relation).values(
                id=relation.id,
                person_id=person_id,
                related_person_id=relation.related_person_id,
                relation=relation.relation.value,
            )
        )

    async def remove_relation(self, person_id: PersonId, relation_id: uuid.UUID) -> bool:
        result = await self._conn.execute(
            delete(person_relation).where(person_relation.c.id == relation_id, person_relation.c.person_id == person_id)
        )
        return bool(result.rowcount)
