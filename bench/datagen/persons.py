"""Persons: names, addresses, unique valid BSNs (encrypted, with their blind index), relations."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bench.datagen.base import GeneratorBase
from bench.datagen.model import compact_json
from bench.datagen.names import (
    ADDRESSES,
    FEMALE_NAMES,
    FEMALE_SECOND_NAMES,
    MALE_NAMES,
    MALE_SECOND_NAMES,
    OUTSIDE_CITIES,
    OUTSIDE_STREETS,
    POSTCODE_LETTERS,
)
from domain.person.bsn import Bsn
from domain.person.matching import name_key
from domain.person.model import District, Gender

BSN_STEP = 61_803_399  # coprime to 10**8: k -> k * BSN_STEP mod 10**8 is a permutation


class PersonsMixin(GeneratorBase):
    """Persons of the cases: names, addresses, BSNs, relations."""

    def new_bsn(self) -> Bsn:
        while True:
            self.bsn_counter += 1
            head = f"{self.bsn_counter * BSN_STEP % 10**8:08d}"
            check = sum(int(d) * w for d, w in zip(head, (9, 8, 7, 6, 5, 4, 3, 2), strict=True)) % 11
            if check == 10:
                continue
            value = head + str(check)
            if value != "000000000":
                return Bsn(value)

    def person(self, at: datetime) -> tuple[str, District]:
        rng = self.rng
        pid = self.sid()
        gender = self.pick("gender")
        male = gender is Gender.MALE or (gender is not Gender.FEMALE and rng.random() < 0.7)
        first = rng.choice(MALE_NAMES if male else FEMALE_NAMES)
        if rng.random() < 0.15:
            first = f"{first} {rng.choice(MALE_SECOND_NAMES if male else FEMALE_SECOND_NAMES)}"
        prefix, surname = self.pick("surname")
        district = self.pick("district")
        dob = None
        if rng.random() < 0.97:
            latest = min(date(2012, 12, 31), date(at.year - 12, at.month, min(at.day, 28)))
            span = (latest - date(1960, 1, 1)).days
            dob = latest - timedelta(days=int(rng.triangular(0, span, span * 0.08)))
        street = number = postcode = city = None
        if district is not District.UNKNOWN and rng.random() < 0.85:
            if district is District.OUTSIDE_AMSTERDAM:
                city, (low, high) = rng.choice(OUTSIDE_CITIES)
                street = rng.choice(OUTSIDE_STREETS)
            else:
                streets, (low, high), city = ADDRESSES[district]
                street = rng.choice(streets)
            number = str(rng.randint(1, 350)) + (rng.choice(("", "", "", "-1", "-2", "A", "H")))
            postcode = f"{rng.randint(low, high)} {rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        encrypted = index = None
        if rng.random() < 0.7:
            bsn = self.new_bsn()
            encrypted, index = self.cipher.encrypt(bsn), self.cipher.index(bsn)
        external: list[dict[str, str]] = []
        if rng.random() < 0.35:
            self.vh_number += rng.randint(1, 25)
            external.append({"system": "veiligheidshuis", "value": f"VH-{self.vh_number}"})
        full = " ".join(p for p in (first, prefix, surname) if p)
        self.rows["person"].append(
            (
                pid, first, prefix, surname, full.lower(), name_key(surname), dob, gender.value, street, number,
                postcode, city, district.value, encrypted, index, compact_json(external), at, at, 1,
            )
        )  # fmt: skip
        roll = rng.random()
        for _ in range(2 if roll < 0.03 else 1 if roll < 0.30 else 0):
            if self.recent_persons:
                related = rng.choice(self.recent_persons)
                self.rows["person_relation"].append((self.sid(), pid, related, self.pick("relation").value))
        self.recent_persons.append(pid)
        return pid, district
