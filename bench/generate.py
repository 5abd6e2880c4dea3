"""Benchmark data generator: fills a freshly migrated, EMPTY PostgreSQL database with a realistic
Casusregie data set through asyncpg's COPY path (DESIGN section 10).

    python -m bench.generate --dsn postgresql://postgres@127.0.0.1:5432/bench \\
        --cases 100000 --seed 42 --secret "$CASUSREGIE_SECRET_KEY" --password "$BENCH_PASSWORD"

What it writes, and the invariants it keeps so that the application reads the data as its own:

- organisations of every kind (Amsterdam-like names) and users per role, all active with one
  Argon2id hash of `password`; two fixed accounts: `bench-coordinator` (coordinator, municipality)
  and `bench-partner` (partner in "Bench Partner Organisatie", youth care), whose organisation works
  (participant, not ended) in about 1% of the cases;
- persons with Dutch-looking names including spelling variants (Jansen/Janssen, Meijer/Meyer,
  El Amrani/el-Amrani), `name_search` and `surname_key` as the repository writes them, ~70% with a
  valid, unique BSN encrypted with `BsnCipher.from_secret(secret)` and its blind index; ~0.3
  relations per person; ~1.1 cases per person (a later case links to, or reopens, a closed one);
- cases opened over ten years up to now, in chronological order, each following a planned
  lifecycle that is cut off at "now": the status history is a valid path through `TRANSITIONS`,
  closed cases carry the closure reason their last transition allows, the level history ends at
  `escalation_level` (lowering always with a criterion), `version` and `updated_at` count and date
  every change; references RAD-<year>-<NNNN> with `case_reference_counter` at each year's maximum;
- participations (the regisseur's organisation, the informant, 1-3 partners, ~20% ended), ~5 journal
  entries per case written by users of organisations working in the case at that moment;
- one audit row for every change above (case.create/reopen, case.transition, case.escalate/
  deescalate, case.assign_regisseur, case.participant_add/end, journal.create) plus reads
  (case.read, journal.list), sealed with `domain.audit.model.seal` into ONE valid hash chain whose
  sequence follows time, and `audit_chain_head` set to its end.

Memory stays bounded, whatever the number of cases: cases are generated and copied in batches (the
next batch is generated in a thread while PostgreSQL ingests the previous one); audit events wait
in a buffer only until no later case can produce an earlier event (cases are generated in opening
order and every event of a case happens at or after its opening), then are sealed in time order and
copied, carrying the chain's hash across batches. Opening times are drawn already sorted, one at a
time, and BSNs are unique by construction, so nothing grows with the total.

Deterministic for a given seed and `now` (default: today 00:00 UTC): every id, name, time and text
comes from `random.Random(seed)`. The one exception is the BSN ciphertext: `BsnCipher.encrypt`
draws a fresh AES-GCM nonce, as it must; the BSN itself and its blind index are deterministic.
"""

from __future__ import annotations

import argparse
import asyncio
import heapq
import itertools
import json
import os
import random
import time
import unicodedata
import uuid
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import asyncpg

from api.security.passwords import Argon2PasswordHasher
from domain.access.roles import Role
from domain.audit.model import GENESIS_HASH, AuditEntry, RequestContext, seal
from domain.case.journal import JournalCategory, JournalVisibility
from domain.case.lifecycle import (
    FINAL_STATUSES,
    CaseStatus,
    ClosureReason,
    DeEscalationCriterion,
    TransitionName,
    find_transition,
)
from domain.case.model import Ideology, ParticipationRole
from domain.identity.model import OrganisationKind
from domain.person.bsn import Bsn
from domain.person.matching import name_key
from domain.person.model import District, Gender, RelationKind
from persistence.crypto import BsnCipher

K = OrganisationKind
T = TransitionName
S = CaseStatus

# --------------------------------------------------------------------------------------------
# Columns per table, in the order the generator builds its tuples.
# --------------------------------------------------------------------------------------------

COLUMNS: dict[str, tuple[str, ...]] = {
    "organisation": ("id", "name", "name_key", "short_name", "kind", "active", "created_at", "updated_at", "version"),
    "app_user": (
        "id", "username", "display_name", "display_name_key", "email", "organisation_id", "active",
        "password_hash", "activation_code_hash", "activation_expires_at", "last_login_at",
        "created_at", "updated_at", "version", "team",
    ),
    "user_role": ("user_id", "role"),
    "person": (
        "id", "first_names", "prefix", "surname", "name_search", "surname_key", "date_of_birth", "gender",
        "street", "house_number", "postcode", "city", "district", "bsn_encrypted", "bsn_index",
        "external_ids", "created_at", "updated_at", "version",
    ),
    "person_relation": ("id", "person_id", "related_person_id", "relation"),
    "case_file": (
        "id", "reference", "person_id", "status", "escalation_level", "regisseur_id", "ideology",
        "source_organisation_id", "referrer_name", "referred_on", "description", "reason_for_concern",
        "opened_at", "updated_at", "closed_at", "closure_reason", "previous_case_id", "version",
    ),
    "case_link": ("case_id", "linked_case_id"),
    "case_status_change": (
        "case_id", "seq", "from_status", "to_status", "transition", "reason", "closure_reason",
        "decision_reference", "actor_id", "actor_name", "at",
    ),
    "case_level_change": (
        "case_id", "seq", "from_level", "to_level", "reason", "decision_reference", "criteria",
        "actor_id", "actor_name", "at",
    ),
    "case_participation": (
        "id", "case_id", "organisation_id", "role", "contact_name", "started_at", "started_by_id",
        "started_by_name", "ended_at", "ended_by_id", "ended_by_name", "end_reason",
    ),
    "journal_entry": (
        "id", "case_id", "occurred_on", "written_at", "author_id", "author_name", "organisation_id",
        "category", "visibility", "body", "summary", "corrects_entry_id",
    ),
    "audit_event": (
        "seq", "occurred_at", "actor_type", "actor_id", "organisation_id", "action", "outcome",
        "record_type", "record_id", "subject_person_id", "client_address", "request_id", "purpose",
        "details", "prev_hash", "hash",
    ),
    "case_reference_counter": ("year", "last_number"),
    # Audit events wait here (a temporary table, dropped at commit) until all are known: the
    # chain is then sealed in time order, whatever order the cases produced them in.
    "bench_audit_stage": (
        "ordinal", "occurred_at", "actor_id", "action", "record_type", "record_id", "subject_person_id", "details",
    ),
}  # fmt: skip
STAGE = "bench_audit_stage"
STAGE_DDL = f"""
CREATE TEMPORARY TABLE {STAGE} (
    ordinal bigint NOT NULL, occurred_at timestamptz NOT NULL, actor_id text, action text NOT NULL,
    record_type text, record_id text, subject_person_id text, details text NOT NULL
) ON COMMIT DROP
"""
STAGE_INDEX = f"CREATE INDEX ON {STAGE} (occurred_at, ordinal)"
STAGE_RANGE = (
    f"SELECT {', '.join(COLUMNS[STAGE])} FROM {STAGE} "  # noqa: S608 - fixed names
    "WHERE occurred_at >= $1 AND occurred_at < $2 ORDER BY occurred_at, ordinal"
)

# Cases per batch: memory follows the batch (about 300 MB peak at 2,500), speed hardly does.
BATCH_SIZE = 2_500

# Copy order within a batch: parents before children (foreign keys are checked per statement).
BATCH_TABLES = (
    "person",
    "person_relation",
    "case_file",
    "case_link",
    "case_status_change",
    "case_level_change",
    "case_participation",
    "journal_entry",
)

# --------------------------------------------------------------------------------------------
# Catalogues: organisations, names, places and the Dutch texts of the case work.
# --------------------------------------------------------------------------------------------

BENCH_COORDINATOR = "bench-coordinator"
BENCH_PARTNER = "bench-partner"
BENCH_PARTNER_ORGANISATION = "Bench Partner Organisatie"
BENCH_PARTNER_SHARE = 0.01
BSN_STEP = 61_803_399  # coprime to 10**8: k -> k * BSN_STEP mod 10**8 is a permutation

MUNICIPALITY = "Gemeente Amsterdam, directie OOV"
ORGANISATIONS: tuple[tuple[str, str, OrganisationKind, int], ...] = (
    # name, short name, kind, number of partner users
    (MUNICIPALITY, "OOV", K.MUNICIPALITY, 0),
    ("Politie Eenheid Amsterdam", "Politie", K.POLICE, 0),
    ("Openbaar Ministerie, arrondissement Amsterdam", "OM", K.PROSECUTION, 2),
    ("Leerplicht Amsterdam", "Leerplicht", K.EDUCATION, 3),
    ("ROC van Amsterdam", "ROC", K.EDUCATION, 2),
    ("Jeugdbescherming Regio Amsterdam", "JBRA", K.YOUTH_CARE, 3),
    ("Raad voor de Kinderbescherming, regio Amsterdam", "RvdK", K.YOUTH_CARE, 2),
    (BENCH_PARTNER_ORGANISATION, "Bench", K.YOUTH_CARE, 1),
    ("Reclassering Nederland, regio Amsterdam", "RN", K.PROBATION, 3),
    ("GGD Amsterdam", "GGD", K.CARE, 2),
    ("Arkin, specialistische ggz", "Arkin", K.CARE, 2),
    ("Leger des Heils Amsterdam", "LdH", K.CARE, 2),
    ("Stadsdeel Nieuw-West", "SD Nieuw-West", K.DISTRICT, 2),
    ("Stadsdeel Zuidoost", "SD Zuidoost", K.DISTRICT, 2),
    ("Stadsdeel Noord", "SD Noord", K.DISTRICT, 2),
    ("Veiligheidshuis Amsterdam-Amstelland", "VHAA", K.OTHER, 3),
)
# Where referrals come from (the bench organisation is never a source: its share stays exact).
SOURCE_WEIGHTS = {
    "Politie Eenheid Amsterdam": 30,
    "Leerplicht Amsterdam": 10,
    "ROC van Amsterdam": 7,
    "Jeugdbescherming Regio Amsterdam": 8,
    "Raad voor de Kinderbescherming, regio Amsterdam": 3,
    "Reclassering Nederland, regio Amsterdam": 6,
    "GGD Amsterdam": 4,
    "Arkin, specialistische ggz": 4,
    "Leger des Heils Amsterdam": 2,
    "Stadsdeel Nieuw-West": 5,
    "Stadsdeel Zuidoost": 3,
    "Stadsdeel Noord": 2,
    MUNICIPALITY: 7,
    "Openbaar Ministerie, arrondissement Amsterdam": 3,
    "Veiligheidshuis Amsterdam-Amstelland": 6,
}
# Who joins a case as partner (core partner for police and the public prosecutor).
PARTNER_WEIGHTS = {
    "Politie Eenheid Amsterdam": 30,
    "Openbaar Ministerie, arrondissement Amsterdam": 8,
    "Leerplicht Amsterdam": 8,
    "ROC van Amsterdam": 5,
    "Jeugdbescherming Regio Amsterdam": 10,
    "Raad voor de Kinderbescherming, regio Amsterdam": 4,
    "Reclassering Nederland, regio Amsterdam": 10,
    "GGD Amsterdam": 6,
    "Arkin, specialistische ggz": 7,
    "Leger des Heils Amsterdam": 3,
    "Stadsdeel Nieuw-West": 4,
    "Stadsdeel Zuidoost": 3,
    "Stadsdeel Noord": 2,
    "Veiligheidshuis Amsterdam-Amstelland": 10,
}
CORE_PARTNER_KINDS = frozenset({K.POLICE, K.PROSECUTION, K.MUNICIPALITY})

TEAMS = ("Team Centrum-West", "Team Nieuw-West", "Team Noord-Oost", "Team Zuid-Zuidoost")
TEAM_OF_DISTRICT = {
    District.CENTRUM: TEAMS[0],
    District.WEST: TEAMS[0],
    District.NIEUW_WEST: TEAMS[1],
    District.NOORD: TEAMS[2],
    District.OOST: TEAMS[2],
    District.WEESP: TEAMS[2],
    District.ZUID: TEAMS[3],
    District.ZUIDOOST: TEAMS[3],
}
REGISSEURS_PER_TEAM = 5

MALE_NAMES = (
    "Mohammed",
    "Mohamed",
    "Youssef",
    "Yusuf",
    "Ahmed",
    "Achmed",
    "Bilal",
    "Ayoub",
    "Ilias",
    "Ilyas",
    "Daan",
    "Sem",
    "Lucas",
    "Thijs",
    "Jesse",
    "Bram",
    "Levi",
    "Ruben",
    "Kevin",
    "Dennis",
    "Mark",
    "Jeroen",
    "Stefan",
    "Jordy",
    "Mehmet",
    "Emre",
    "Burak",
    "Kerem",
    "Omar",
    "Hamza",
    "Soufiane",
    "Anass",
    "Rayan",
    "Tim",
    "Niels",
    "Sander",
    "Joey",
    "Ricardo",
    "Jermaine",
    "Dylan",
    "Milan",
    "Luuk",
    "Finn",
    "Jayden",
    "Hicham",
    "Khalid",
    "Mustafa",
    "Ibrahim",
    "Ali",
    "Redouan",
    "Nordin",
)
FEMALE_NAMES = (
    "Fatima",
    "Fatma",
    "Sara",
    "Sarah",
    "Noor",
    "Nour",
    "Aisha",
    "Aïcha",
    "Yasmina",
    "Lina",
    "Emma",
    "Julia",
    "Sophie",
    "Anna",
    "Lotte",
    "Sanne",
    "Fleur",
    "Iris",
    "Esra",
    "Elif",
    "Zeynep",
    "Meryem",
    "Khadija",
    "Samira",
    "Naima",
    "Laura",
    "Kim",
    "Demi",
    "Chantal",
    "Shanice",
)
MALE_SECOND_NAMES = ("Amine", "Johannes", "Willem", "Hendrik", "Karim", "Ali", "Jan", "Mehmet")
FEMALE_SECOND_NAMES = ("Maria", "Elisabeth", "Sofia", "Johanna", "Nour", "Zehra")
# (prefix, surname, weight): spelling variants on purpose, the matcher must fold them.
SURNAMES: tuple[tuple[str | None, str, int], ...] = (
    (None, "Jansen", 12), (None, "Janssen", 6), (None, "Meijer", 8), (None, "Meyer", 3),
    (None, "El Amrani", 6), (None, "el-Amrani", 2), ("el", "Amrani", 1),
    ("de", "Vries", 10), ("de", "Jong", 10), ("de", "Jongh", 2), ("van", "Dijk", 8), ("van", "Dyk", 1),
    ("van den", "Berg", 7), ("van der", "Berg", 2), ("van", "Leeuwen", 4), ("van der", "Meer", 4),
    (None, "Bakker", 8), (None, "Visser", 7), (None, "Smit", 6), (None, "Smits", 2), (None, "Mulder", 5),
    ("de", "Boer", 5), (None, "Bos", 4), (None, "Vos", 3), (None, "Peters", 4), (None, "Pieters", 2),
    (None, "Hendriks", 3), (None, "Hendrikx", 1), (None, "Dekker", 4), (None, "Brouwer", 3), ("de", "Wit", 3),
    (None, "Dijkstra", 3), (None, "Schouten", 2), (None, "Verhoeven", 2), (None, "Kok", 2), ("ter", "Horst", 1),
    (None, "Yilmaz", 7), (None, "Yılmaz", 2), (None, "Öztürk", 3), (None, "Ozturk", 2), (None, "Kaya", 4),  # noqa: RUF001
    (None, "Şahin", 2), (None, "Sahin", 2), (None, "Demir", 4), (None, "Çelik", 2), (None, "Celik", 2),
    (None, "Benali", 4), (None, "Ben Ali", 2), (None, "Bouzid", 3), (None, "Boukhari", 3),
    (None, "El Idrissi", 4), (None, "Idrissi", 2), (None, "Ait Taleb", 2), (None, "Aït Taleb", 1),
    (None, "Ouali", 2), (None, "Haddou", 2), (None, "Chaoui", 2), (None, "Azzouzi", 2), (None, "Tahiri", 3),
    (None, "El Khattabi", 3), (None, "Khattabi", 1), (None, "Achahbar", 2), (None, "Pinas", 2),
    (None, "Doelwijt", 1), (None, "Kromowidjojo", 1), (None, "Nguyen", 2), (None, "Ahmadi", 2),
    (None, "Hosseini", 1), (None, "Mohamed", 3), ("van", "Beek", 2), ("van 't", "Hof", 1),
)  # fmt: skip
GENDER_WEIGHTS = {Gender.MALE: 70, Gender.FEMALE: 25, Gender.OTHER: 1, Gender.UNKNOWN: 4}
DISTRICT_WEIGHTS = {
    District.NIEUW_WEST: 22,
    District.NOORD: 14,
    District.OOST: 13,
    District.WEST: 12,
    District.ZUIDOOST: 12,
    District.ZUID: 8,
    District.CENTRUM: 5,
    District.WEESP: 1,
    District.OUTSIDE_AMSTERDAM: 8,
    District.UNKNOWN: 5,
}
# district -> (streets, postcode number range, city)
ADDRESSES: dict[District, tuple[tuple[str, ...], tuple[int, int], str]] = {
    District.CENTRUM: (
        ("Nieuwmarkt", "Zeedijk", "Haarlemmerstraat", "Utrechtsestraat", "Rozengracht"),
        (1011, 1018),
        "Amsterdam",
    ),
    District.NIEUW_WEST: (
        ("Osdorpplein", "Slotermeerlaan", "Burgemeester Röellstraat", "Pieter Calandlaan", "Baden Powellweg"),
        (1060, 1069),
        "Amsterdam",
    ),
    District.NOORD: (
        ("Buikslotermeerplein", "Nieuwendammerdijk", "Kamperfoelieweg", "Waterlandplein", "Meeuwenlaan"),
        (1020, 1035),
        "Amsterdam",
    ),
    District.OOST: (
        ("Dapperstraat", "Javastraat", "Linnaeusstraat", "Insulindeweg", "Middenweg"),
        (1091, 1098),
        "Amsterdam",
    ),
    District.WEST: (
        ("Jan Evertsenstraat", "Kinkerstraat", "Bos en Lommerweg", "Admiraal de Ruijterweg", "Hoofdweg"),
        (1051, 1058),
        "Amsterdam",
    ),
    District.ZUID: (
        ("Rijnstraat", "Scheldestraat", "Ferdinand Bolstraat", "Van Woustraat", "Rooseveltlaan"),
        (1071, 1083),
        "Amsterdam",
    ),
    District.ZUIDOOST: (
        ("Bijlmerdreef", "Ganzenhoefweg", "Gooioord", "Kraaiennest", "Reigersbos"),
        (1101, 1108),
        "Amsterdam",
    ),
    District.WEESP: (("Nieuwstad", "Oudegracht", "Hoogstraat"), (1381, 1384), "Weesp"),
}
OUTSIDE_CITIES = (
    ("Amstelveen", (1181, 1189)),
    ("Diemen", (1111, 1113)),
    ("Zaandam", (1501, 1509)),
    ("Haarlem", (2011, 2037)),
    ("Almere", (1312, 1336)),
    ("Purmerend", (1441, 1448)),
)
OUTSIDE_STREETS = ("Stationsstraat", "Dorpsstraat", "Kerkstraat", "Julianalaan", "Beatrixstraat")
POSTCODE_LETTERS = "ABCEGHJKLMNPRTVWXZ"
RELATION_WEIGHTS = {
    RelationKind.SIBLING: 25,
    RelationKind.FRIEND: 25,
    RelationKind.NETWORK: 20,
    RelationKind.PARENT: 10,
    RelationKind.PARTNER: 7,
    RelationKind.OTHER_FAMILY: 7,
    RelationKind.CHILD: 3,
    RelationKind.OTHER: 3,
}
IDEOLOGY_WEIGHTS = {
    Ideology.JIHADIST: 38,
    Ideology.RIGHT_WING_EXTREMIST: 25,
    Ideology.ANTI_INSTITUTIONAL: 15,
    Ideology.UNCLEAR: 10,
    Ideology.SINGLE_ISSUE: 5,
    Ideology.LEFT_WING_EXTREMIST: 4,
    Ideology.OTHER: 3,
}
REFERRER_FUNCTIONS = {
    K.MUNICIPALITY: ("medewerker OOV", "wijkteam"),
    K.POLICE: ("wijkagent", "rechercheur"),
    K.PROSECUTION: ("officier van justitie",),
    K.EDUCATION: ("mentor", "leerplichtambtenaar", "zorgcoördinator"),
    K.YOUTH_CARE: ("jeugdbeschermer", "raadsonderzoeker"),
    K.PROBATION: ("reclasseringswerker",),
    K.CARE: ("GGZ-behandelaar", "huisarts", "maatschappelijk werker"),
    K.DISTRICT: ("gebiedsmakelaar", "jongerenwerker"),
    K.OTHER: ("medewerker Veiligheidshuis",),
}
DESCRIPTIONS = (
    "Mentor signaleert dat betrokkene zich terugtrekt uit de klas en online extremistische video's deelt.",
    "Wijkagent ontving meerdere signalen uit de buurt over uitspraken die geweld verheerlijken.",
    "Ouders maken zich zorgen: betrokkene heeft nieuwe vrienden en breekt het contact met familie af.",
    "Jeugdbeschermer ziet een toenemende interesse in complotdenken en wantrouwen tegen de overheid.",
    "Betrokkene zou zich in besloten chatgroepen begeven waarin aanslagen worden verheerlijkt.",
    "Melding via de reclassering: tijdens het toezicht uitspraken gedaan over gewapende strijd.",
    "School meldt dat betrokkene medeleerlingen onder druk zet om strikte regels te volgen.",
    "Buurtbewoners melden symbolen van een extreemrechtse groep op de gevel en in het trappenhuis.",
    "Betrokkene heeft online dreigementen geuit richting een lokale bestuurder.",
    "Behandelaar maakt zich zorgen over psychische problemen in combinatie met extremistische ideeën.",
)
CONCERNS = {
    Ideology.JIHADIST: (
        "Deelt propaganda van een terroristische organisatie en spreekt over uitreizen.",
        "Zoekt contact met personen die eerder zijn uitgereisd naar een conflictgebied.",
    ),
    Ideology.RIGHT_WING_EXTREMIST: (
        "Verspreidt racistische memes en verheerlijkt daders van aanslagen.",
        "Is actief in een online groep die oproept tot geweld tegen minderheden.",
    ),
    Ideology.LEFT_WING_EXTREMIST: ("Betrokken bij acties waarbij geweld tegen personen wordt goedgepraat.",),
    Ideology.ANTI_INSTITUTIONAL: (
        "Erkent het gezag van de overheid niet en roept op tot verzet tegen handhavers.",
        "Deelt complottheorieën en noemt bestuurders verraders die gestraft moeten worden.",
    ),
    Ideology.SINGLE_ISSUE: ("Fixatie op één thema met dreigende uitlatingen richting betrokkenen.",),
    Ideology.UNCLEAR: ("Mengeling van ideeën zonder duidelijke ideologie; fascinatie voor geweld en wapens.",),
    Ideology.OTHER: ("Zorgen over isolement en verheerlijking van geweld; ideologie nog onduidelijk.",),
}
STATUS_REASONS: dict[TransitionName, tuple[str, ...]] = {
    T.START_SCREENING: ("Screening gestart na ontvangst van de melding", "Melding compleet, screening gestart"),
    T.DISMISS: (
        "Geen aanwijzingen voor radicalisering; melding niet in behandeling genomen",
        "Melding betreft een ander vraagstuk; doorgezet naar het wijkteam",
    ),
    T.START_WEIGHING: ("Informatie compleet, ingebracht in de weegploeg", "Screening afgerond, weging aangevraagd"),
    T.REQUEST_MORE_INFORMATION: (
        "Weegploeg vraagt aanvullende informatie van politie en school",
        "Onvoldoende beeld; aanvullende informatie nodig voor de weging",
    ),
    T.INCLUDE: ("Weegploeg besluit tot opname in de persoonsgerichte aanpak", "Opgenomen in de aanpak na weging"),
    T.DECIDE_NO_ACTION: ("Weegploeg: geen verdere actie nodig", "Zorgen niet bevestigd in de weging"),
    T.REFER_TO_REGULAR_CARE: ("Doorverwezen naar reguliere zorg via het wijkteam", "Zorgvraag past bij reguliere hulp"),
    T.REFER_TO_CRIMINAL_TRACK: ("Strafrechtelijk traject loopt via het OM", "Zaak overgedragen aan het strafrecht"),
    T.CONVENE_CASE_CONFERENCE: (
        "Intake afgerond, casusoverleg ingepland",
        "Intakegesprekken gevoerd, casusoverleg gepland",
    ),
    T.APPROVE_PLAN: ("Plan van aanpak vastgesteld in het casusoverleg", "Partners akkoord met het plan van aanpak"),
    T.START_AFTERCARE: ("Doelen grotendeels bereikt, start nazorg", "Situatie stabiel; nazorgfase gestart"),
    T.PAUSE: (
        "Betrokkene tijdelijk niet bereikbaar (detentie)",
        "Betrokkene verblijft tijdelijk in het buitenland; aanpak gepauzeerd",
    ),
    T.RESUME: ("Betrokkene weer in beeld, aanpak hervat", "Na terugkeer aanpak hervat"),
    T.TRANSFER: ("Overgedragen aan een andere gemeente na verhuizing", "Overdracht aan regio van nieuwe woonplaats"),
    T.CONCERN_RETURNS: ("Nieuwe signalen tijdens de nazorg, aanpak hervat", "Terugval in de nazorg; opnieuw actief"),
}
CLOSE_REASONS: dict[ClosureReason, tuple[int, str]] = {
    ClosureReason.GOALS_ACHIEVED: (50, "Nazorg afgerond, doelen bereikt"),
    ClosureReason.HANDED_OVER: (25, "Overgedragen aan reguliere hulpverlening"),
    ClosureReason.MOVED_AWAY: (12, "Betrokkene verhuisd buiten de regio"),
    ClosureReason.DECEASED: (2, "Betrokkene overleden"),
    ClosureReason.OTHER: (11, "Afgesloten na evaluatie in het casusoverleg"),
}
REOPEN_REASONS = (
    "Heropend: nieuwe zorgen na afsluiting van de eerdere casus",
    "Heropend na nieuwe melding over dezelfde persoon",
)
LEVEL_UP_REASONS = {
    1: "Casusoverleg nodig: meerdere partners betrokken",
    2: "Opschaling naar ketenregie vanwege toenemende risico's",
    3: "Opschaling naar de driehoek: bestuurlijke maatregel overwogen",
}
LEVEL_DOWN_REASONS = (
    "Risico's afgenomen; afschaling besproken in het casusoverleg",
    "Situatie stabiel, afschaling na evaluatie",
)
PARTICIPATION_END_REASONS = (
    "Bijdrage van deze partner afgerond",
    "Traject bij deze organisatie beëindigd",
    "Betrokkene niet langer in zorg bij deze organisatie",
    "Overgedragen aan een collega-instelling",
)
CATEGORY_WEIGHTS = {
    JournalCategory.CONTACT: 35,
    JournalCategory.OBSERVATION: 20,
    JournalCategory.INFORMATION_REQUEST: 15,
    JournalCategory.AGREEMENT: 15,
    JournalCategory.SIGNAL: 10,
    JournalCategory.OTHER: 5,
}
JOURNAL_OPENINGS = {
    JournalCategory.CONTACT: (
        "Gesprek gevoerd met betrokkene op het stadsdeelkantoor.",
        "Telefonisch contact gehad met de moeder van betrokkene.",
        "Huisbezoek afgelegd samen met de wijkagent.",
        "Gesprek met de mentor over het schoolverzuim van betrokkene.",
    ),
    JournalCategory.OBSERVATION: (
        "Betrokkene oogt rustiger en staat open voor begeleiding.",
        "Online activiteit van betrokkene lijkt afgenomen.",
        "Nieuwe berichten gezien waarin geweld wordt verheerlijkt.",
        "Betrokkene heeft weer contact met de oude vriendengroep.",
    ),
    JournalCategory.INFORMATION_REQUEST: (
        "Informatie opgevraagd bij de betrokken partners over lopende trajecten.",
        "Verzoek om politie-informatie ingediend via de weegploeg.",
        "Gegevens over verzuim opgevraagd bij Leerplicht.",
    ),
    JournalCategory.AGREEMENT: (
        "Afgesproken dat betrokkene wekelijks een gesprek heeft met de jongerenwerker.",
        "Afspraak gemaakt voor een traject dagbesteding.",
        "Met de ouders afgesproken dat zij nieuwe signalen direct melden.",
    ),
    JournalCategory.SIGNAL: (
        "Signaal ontvangen van school over opnieuw zorgelijke uitspraken.",
        "Buurtbewoners melden bezoek van onbekende personen op het adres.",
        "Politie meldt een aanhouding na een geweldsincident.",
    ),
    JournalCategory.OTHER: (
        "Dossier bijgewerkt na overleg met de coördinator.",
        "Overdracht voorbereid in verband met de vakantieperiode.",
    ),
}
JOURNAL_FOLLOW_UPS = (
    "Vervolgafspraak staat over twee weken.",
    "Wordt besproken in het volgende casusoverleg.",
    "Geen directe aanleiding voor opschaling.",
    "De coördinator is geïnformeerd.",
    "Betrokkene werkt mee en houdt zich aan de afspraken.",
    "Ouders zijn betrokken en ondersteunen het plan.",
)
JOURNAL_SUMMARIES = (
    "Contactmoment, geen nieuwe zorgen.",
    "Nieuwe signalen; bespreken in het casusoverleg.",
    "Afspraken gemaakt over begeleiding.",
    "Informatie opgevraagd bij partners.",
    "Situatie stabiel.",
    "Zorgen nemen toe.",
)
STAFF_FIRST = (
    "Anne", "Bas", "Carla", "Daan", "Eva", "Frank", "Hanna", "Iris", "Jeroen", "Karin", "Lotte", "Marco",
    "Nadia", "Omar", "Petra", "Rachida", "Sven", "Tessa", "Umut", "Vera", "Wouter", "Yara", "Zineb",
    "Khalid", "Mirjam", "Erik", "Samira", "Joost", "Fenna", "Hakan",
)  # fmt: skip
STAFF_SURNAMES = (
    "de Graaf", "Verbeek", "Bouali", "van Vliet", "Kramer", "El Hadioui", "Postma", "Schipper", "Aydin",
    "van Dam", "Koning", "Ouahabi", "Veenstra", "de Ruiter", "Wijnberg", "Tuinman", "Amrani", "Baars",
)  # fmt: skip


# --------------------------------------------------------------------------------------------
# The report.
# --------------------------------------------------------------------------------------------


@dataclass
class GenerationReport:
    cases: int
    seed: int
    rows: dict[str, int]
    seconds: float  # from the first COPY to the commit (Argon2 hash and ANALYZE not included)
    analyze_seconds: float = 0.0
    audit_head_seq: int = 0
    statuses: dict[str, int] = field(default_factory=dict)

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())

    @property
    def rows_per_second(self) -> float:
        return self.total_rows / self.seconds if self.seconds > 0 else 0.0

    def format(self) -> str:
        width = max(len(t) for t in self.rows)
        lines = [f"Generated {self.cases:,} cases (seed {self.seed})"]
        lines += [f"  {t:<{width}}  {n:>12,}" for t, n in self.rows.items()]
        lines.append(f"  {'total':<{width}}  {self.total_rows:>12,}")
        lines.append("  statuses: " + ", ".join(f"{s} {n:,}" for s, n in self.statuses.items()))
        lines.append(f"  audit chain: {self.audit_head_seq:,} rows, head updated")
        lines.append(
            f"  load {self.seconds:.1f} s, {self.rows_per_second:,.0f} rows/s"
            + (f"; VACUUM ANALYZE {self.analyze_seconds:.1f} s" if self.analyze_seconds else "")
        )
        return "\n".join(lines)

    __str__ = format


# --------------------------------------------------------------------------------------------
# The generator.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Org:
    uid: uuid.UUID
    id: str
    name: str
    short_name: str
    kind: OrganisationKind
    number: int


@dataclass(frozen=True, slots=True)
class User:
    uid: uuid.UUID
    id: str
    username: str
    display_name: str
    org: Org
    role: Role
    team: str | None
    client_address: str


@dataclass(frozen=True, slots=True)
class ClosedCase:
    """What a later case of the same person needs of a closed one."""

    person_id: str
    case_id: str
    links: tuple[str, ...]
    regisseur: User | None
    district: District
    source: Org
    ideology: Ideology
    referrer: str


@dataclass(slots=True)
class Part:
    """A participation while the case is being planned."""

    id: str
    org: Org
    role: ParticipationRole
    contact: str | None
    started: datetime
    started_by: User
    ended: datetime | None = None
    ended_by: User | None = None
    end_reason: str | None = None


def _weighted(weights: dict[Any, int]) -> tuple[list[Any], list[int]]:
    keys = list(weights)
    cumulative, total = [], 0
    for k in keys:
        total += weights[k]
        cumulative.append(total)
    return keys, cumulative


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii())


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Generator:
    """Builds rows in memory, batch by batch; `generate()` copies them."""

    AVAILABLE_CAP = 5000  # closed cases that a later referral of the same person can pick
    RECENT_PERSONS = 2000  # pool for relations between persons
    REPEAT_SHARE = 0.1  # share of new cases that are about a person with an earlier closed case

    def __init__(
        self,
        seed: int,
        now: datetime,
        cipher: BsnCipher,
        password_hash: str,
        *,
        cases: int = 0,
        min_referred: int = 0,
    ) -> None:
        # A backlog kept in `referred` for load tests that move cases out of it: `min_referred` of the
        # last cases (spread evenly over the last 3x as many) stop before their first transition.
        self.case_index = 0
        self.forced = min(max(min_referred, 0), cases)
        self.window = min(cases, 3 * self.forced)
        self.window_start = cases - self.window
        self.rng = random.Random(seed)  # noqa: S311 - reproducible data, not secrets
        self.now = now
        self.start = now - timedelta(days=3652)
        self.cipher = cipher
        self.password_hash = password_hash
        self.orgs: dict[str, Org] = {}
        self.users: list[User] = []
        self.by_role: dict[Role, list[User]] = {}
        self.staff_of_org: dict[str, list[User]] = {}  # users who work in cases, per organisation
        self.regisseurs_of_team: dict[str, list[User]] = {}
        self.counters: dict[int, int] = {}
        self.statuses: dict[str, int] = {s.value: 0 for s in CaseStatus}
        self.event_counter = 0
        self.request_rng = random.Random(f"{seed}-request-ids")  # noqa: S311 - drawn in chain order
        self.user_by_id: dict[str, User] = {}
        self.seq = 0
        self.prev_hash = GENESIS_HASH
        self.closing: list[tuple[datetime, int, ClosedCase]] = []  # heap: closed cases by closed_at
        self.available: list[ClosedCase] = []
        self.recent_persons: deque[str] = deque(maxlen=self.RECENT_PERSONS)
        # BSN heads walk a permutation of 0..10**8-1 from a random start: unique without a set.
        self.bsn_counter = self.rng.randrange(10**8)
        self.time_rng = random.Random(f"{seed}-opening-times")  # noqa: S311 - batch size never matters
        self.vh_number = 1_000_000
        self.rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in BATCH_TABLES}
        self._pick = {
            "gender": _weighted(GENDER_WEIGHTS),
            "district": _weighted(DISTRICT_WEIGHTS),
            "surname": _weighted({(p, s): w for p, s, w in SURNAMES}),
            "relation": _weighted(RELATION_WEIGHTS),
            "ideology": _weighted(IDEOLOGY_WEIGHTS),
            "category": _weighted(CATEGORY_WEIGHTS),
            "close": _weighted({r: w for r, (w, _) in CLOSE_REASONS.items()}),
        }

    # ---- small helpers ----------------------------------------------------------------------

    def uuid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def sid(self) -> str:
        return str(self.uuid())

    def pick(self, name: str) -> Any:
        keys, cumulative = self._pick[name]
        return self.rng.choices(keys, cum_weights=cumulative)[0]

    def between(self, a: datetime, b: datetime) -> datetime:
        return a + (b - a) * self.rng.random() if b > a else a

    def audit(
        self,
        at: datetime,
        user: User | None,
        action: str,
        record_type: str | None,
        record_id: str | None,
        subject: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        """Stage an audit event; `seal_rows` chains it later, in time order."""
        self.event_counter += 1
        self.rows[STAGE].append(
            (self.event_counter, at, user.id if user else None, action, record_type, record_id, subject,
             _json(details or {}))
        )  # fmt: skip

    # ---- organisations and users -------------------------------------------------------------

    def setup(self) -> dict[str, list[tuple[Any, ...]]]:
        rng = self.rng
        created = self.start - timedelta(days=30)
        rows: dict[str, list[tuple[Any, ...]]] = {"organisation": [], "app_user": [], "user_role": []}
        self.rows = {STAGE: []}
        for number, (name, short, kind, _) in enumerate(ORGANISATIONS, start=1):
            uid = self.uuid()
            org = Org(uid, str(uid), name, short, kind, number)
            self.orgs[name] = org
            rows["organisation"].append(
                (uid, name, " ".join(name.split()).lower(), short, kind.value, True, created, created, 1)
            )
            self.audit(created, None, "organisation.create", "organisation", org.id, details={"name": name})
        municipality = self.orgs[MUNICIPALITY]
        police = next(o for o in self.orgs.values() if o.kind is K.POLICE)
        bench_org = self.orgs[BENCH_PARTNER_ORGANISATION]
        plan: list[tuple[str | None, Org, Role, str | None]] = [(None, municipality, Role.ADMIN, None)]
        plan += [(None, municipality, Role.COORDINATOR, None)] * 3
        plan.append((BENCH_COORDINATOR, municipality, Role.COORDINATOR, None))
        for team_name in TEAMS:
            plan += [(None, municipality, Role.REGISSEUR, team_name)] * REGISSEURS_PER_TEAM
        plan += [(None, police, Role.POLICE, None)] * 5
        for name, _, _, partners in ORGANISATIONS:
            org = self.orgs[name]
            if partners:
                plan += [(BENCH_PARTNER if org is bench_org else None, org, Role.PARTNER, None)]
                plan += [(None, org, Role.PARTNER, None)] * (partners - 1)
        plan += [(None, municipality, Role.ANALYST, None)] * 2
        plan.append((None, municipality, Role.PRIVACY_OFFICER, None))
        taken: set[str] = set()
        for fixed, org, role, team in plan:
            first, surname = rng.choice(STAFF_FIRST), rng.choice(STAFF_SURNAMES)
            display = f"{first} {surname}"
            if fixed:
                username = fixed
                display = {BENCH_COORDINATOR: "Bench Coördinator", BENCH_PARTNER: "Bench Partner"}[fixed]
            else:
                base = f"{first[0]}.{_ascii(surname).replace(' ', '').replace('-', '')}".lower()
                username, n = base, 1
                while username in taken:
                    n += 1
                    username = f"{base}{n}"
            taken.add(username)
            uid = self.uuid()
            address = f"10.{org.number}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
            user = User(uid, str(uid), username, display, org, role, team, address)
            self.users.append(user)
            self.user_by_id[user.id] = user
            self.by_role.setdefault(role, []).append(user)
            if role in (Role.PARTNER, Role.POLICE) and org is not municipality:
                self.staff_of_org.setdefault(org.id, []).append(user)
            if team:
                self.regisseurs_of_team.setdefault(team, []).append(user)
            rows["app_user"].append(
                (
                    uid, username, display, " ".join(display.split()).lower(), f"{username}@example.org", org.uid,
                    True, self.password_hash, None, None, None, created, created, 1, team,
                )
            )  # fmt: skip
            rows["user_role"].append((uid, role.value))
            self.audit(
                created, None, "user.create", "user", user.id, details={"username": username, "roles": [role.value]}
            )
        # The police organisation has no partner users: its police users work in the cases.
        self.municipality = municipality
        self.bench_org = bench_org
        self.sources = _weighted({self.orgs[n]: w for n, w in SOURCE_WEIGHTS.items()})
        self.partner_orgs = _weighted({self.orgs[n]: w for n, w in PARTNER_WEIGHTS.items()})
        self.orgs_by_id = {o.id: o for o in self.orgs.values()}
        rows[STAGE] = self.rows[STAGE]
        return rows

    # ---- when cases open -------------------------------------------------------------------

    def opening_times(self, cases: int) -> Iterator[datetime]:
        """Ten years up to now, the yearly volume doubling over the period, in time order and
        one at a time: sorted uniforms drawn from the top down (U(n) = V^(1/n), U(k) = U(k+1) V^(1/k)),
        mirrored, then mapped through the inverse distribution function of the density 1 + x."""
        span = (self.now - self.start) - timedelta(hours=1)
        top = 1.0
        for k in range(cases, 0, -1):
            top *= self.time_rng.random() ** (1.0 / k)
            x = -1.0 + (1.0 + 3.0 * (1.0 - top)) ** 0.5
            yield self.start + span * min(max(x, 0.0), 1.0)

    # ---- persons ------------------------------------------------------------------------------

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
                postcode, city, district.value, encrypted, index, _json(external), at, at, 1,
            )
        )  # fmt: skip
        roll = rng.random()
        for _ in range(2 if roll < 0.03 else 1 if roll < 0.30 else 0):
            if self.recent_persons:
                related = rng.choice(self.recent_persons)
                self.rows["person_relation"].append((self.sid(), pid, related, self.pick("relation").value))
        self.recent_persons.append(pid)
        return pid, district

    # ---- the lifecycle of one case --------------------------------------------------------

    def lifecycle(self, opened: datetime) -> list[tuple[TransitionName, datetime, ClosureReason | None]]:
        """The planned path of the whole case; the caller cuts it off at now."""
        rng = self.rng
        steps: list[tuple[TransitionName, datetime, ClosureReason | None]] = []
        at = opened

        def step(name: TransitionName, low: float, high: float, closure: ClosureReason | None = None) -> None:
            nonlocal at
            at = at + timedelta(days=rng.uniform(low, high))
            steps.append((name, at, closure))

        if rng.random() < 0.08:
            step(T.DISMISS, 2, 21, ClosureReason.NO_ACTION)
            return steps
        if rng.random() < 0.3:  # intake backlog: waiting for information from the referrer
            step(T.START_SCREENING, 14, 540)
        else:
            step(T.START_SCREENING, 1, 10)
        step(T.START_WEIGHING, 5, 30)
        while rng.random() < 0.15:
            step(T.REQUEST_MORE_INFORMATION, 7, 28)
            step(T.START_WEIGHING, 7, 30)
        roll = rng.random()
        if roll < 0.11:
            step(T.DECIDE_NO_ACTION, 7, 35, ClosureReason.NO_ACTION)
            return steps
        if roll < 0.27:
            step(T.REFER_TO_REGULAR_CARE, 7, 35, ClosureReason.REGULAR_CARE)
            return steps
        if roll < 0.32:
            step(T.REFER_TO_CRIMINAL_TRACK, 7, 35, ClosureReason.CRIMINAL_TRACK)
            return steps
        step(T.INCLUDE, 7, 35)
        step(T.CONVENE_CASE_CONFERENCE, 10, 45)
        step(T.APPROVE_PLAN, 7, 30)
        while True:
            if rng.random() < 0.15:
                step(T.PAUSE, 30, 200)
                step(T.RESUME, 30, 150)
            if rng.random() < 0.07:
                step(T.TRANSFER, 30, 300)
                return steps
            step(T.START_AFTERCARE, 120, 540)
            if rng.random() < 0.08:
                step(T.CONCERN_RETURNS, 30, 180)
                continue
            step(T.CLOSE, 90, 365, self.pick("close"))
            return steps

    def release_closed(self, at: datetime) -> None:
        """Closed cases whose closing lies before `at` become available for a later case."""
        while self.closing and self.closing[0][0] < at:
            _, _, closed = heapq.heappop(self.closing)
            if len(self.available) < self.AVAILABLE_CAP:
                self.available.append(closed)
            else:
                self.available[self.rng.randrange(self.AVAILABLE_CAP)] = closed

    def one_case(self, opened: datetime) -> None:
        rng, now = self.rng, self.now
        case_id = self.sid()
        self.release_closed(opened)
        earlier: ClosedCase | None = None
        if self.available and rng.random() < self.REPEAT_SHARE:
            i = rng.randrange(len(self.available))
            self.available[i], self.available[-1] = self.available[-1], self.available[i]
            earlier = self.available.pop()
        reopen = earlier is not None and rng.random() < 0.5
        if earlier is not None:
            person_id, district = earlier.person_id, earlier.district
        else:
            person_id, district = self.person(opened)
        team = TEAM_OF_DISTRICT.get(district) or rng.choice(TEAMS)
        coordinator = rng.choice(self.by_role[Role.COORDINATOR])

        # Who registers the case and who is its regisseur.
        regisseur: User | None
        if earlier is not None and reopen:
            source, ideology = earlier.source, earlier.ideology
            regisseur = earlier.regisseur
            registrar = regisseur or coordinator
        else:
            keys, cumulative = self.sources
            source = rng.choices(keys, cum_weights=cumulative)[0]
            ideology = self.pick("ideology")
            registrar = rng.choice(self.regisseurs_of_team[team]) if rng.random() < 0.9 else coordinator
            regisseur = registrar if registrar.role is Role.REGISSEUR else None

        # The path through the state table, cut off at now.
        planned = self.lifecycle(opened)
        applied = [s for s in planned if s[1] < now] if not self.backlogged() else []
        assigned_at: datetime | None = None
        if regisseur is None and applied and rng.random() < 0.75:
            assigned_at = self.between(opened, applied[0][1])
            regisseur = rng.choice(self.regisseurs_of_team[team])

        def actor(at: datetime) -> User:
            if regisseur is not None and (assigned_at is None or at >= assigned_at):
                return regisseur
            return coordinator

        status = S.REFERRED
        reference = self.reference(opened.year)
        first_reason = rng.choice(REOPEN_REASONS) if reopen else "Melding geregistreerd"
        status_rows = self.rows["case_status_change"]
        status_rows.append(
            (case_id, 0, None, S.REFERRED.value, None, first_reason, None, None, registrar.uid,
             registrar.display_name, opened)
        )  # fmt: skip
        if reopen:
            assert earlier is not None
            details = {"previousCaseId": earlier.case_id, "reference": reference}
            self.audit(opened, registrar, "case.reopen", "case", case_id, person_id, details)
        else:
            self.audit(opened, registrar, "case.create", "case", case_id, person_id, {"reference": reference})
        if assigned_at is not None:
            assert regisseur is not None
            assignment: dict[str, Any] = {"from": None, "to": regisseur.id}
            self.audit(assigned_at, coordinator, "case.assign_regisseur", "case", case_id, person_id, assignment)
        closure: ClosureReason | None = None
        include_at: datetime | None = None
        for seq, (name, at, chosen) in enumerate(applied, start=1):
            transition = find_transition(status, name)
            assert transition is not None and transition.target is not None, (status, name)
            assert chosen is None if not transition.closure_reasons else chosen in transition.closure_reasons
            who = actor(at)
            if name is T.CLOSE:
                assert chosen is not None
                reason = CLOSE_REASONS[chosen][1]
            else:
                reason = rng.choice(STATUS_REASONS[name])
            decision = None
            if status is S.WEIGHING:
                decision = f"WP-{at.year}-{rng.randint(1, 52):02d}"
            elif name is T.APPROVE_PLAN:
                decision = f"CO-{at.year}-{rng.randint(1, 400):03d}"
            status_rows.append(
                (case_id, seq, status.value, transition.target.value, name.value, reason,
                 chosen.value if chosen else None, decision, who.uid, who.display_name, at)
            )  # fmt: skip
            details = {"transition": name.value, "from": status.value, "to": transition.target.value}
            self.audit(at, who, "case.transition", "case", case_id, person_id, details)
            status, closure = transition.target, chosen
            if name is T.INCLUDE:
                include_at = at
        final_at = applied[-1][1] if status in FINAL_STATUSES else None
        end = final_at or now
        changes = [opened] + ([assigned_at] if assigned_at else []) + [a for _, a, _ in applied]

        # Escalation level: only moves once the case is in the approach, never after it ended.
        level = 0
        level_rows = self.rows["case_level_change"]
        level_rows.append((case_id, 0, None, 0, "Startniveau bij aanmelding", None, "[]", registrar.uid,
                           registrar.display_name, opened))  # fmt: skip
        if include_at is not None:
            target = rng.choices((0, 1, 2, 3), weights=(12, 45, 30, 13))[0]
            levels: list[int] = []
            if target > 0 or rng.random() < 0.5:
                peak = max(target, 1)
                if peak < 3 and rng.random() < 0.25:
                    peak += 1
                if peak >= 2 and rng.random() < 0.5:
                    levels.append(1)
                levels.append(peak)
                if target < peak:
                    levels.append(target)
            times = sorted(self.between(include_at, end) for _ in levels)
            for seq, (to_level, at) in enumerate(zip(levels, times, strict=True), start=1):
                who = actor(at)
                if to_level > level:
                    reason, criteria = LEVEL_UP_REASONS[to_level], []
                    decision = (
                        f"CO-{at.year}-{rng.randint(1, 400):03d}"
                        if to_level < 3
                        else f"DH-{at.year}-{rng.randint(1, 40):02d}"
                    )
                    action = "case.escalate"
                else:
                    reason = rng.choice(LEVEL_DOWN_REASONS)
                    criteria = rng.sample(list(DeEscalationCriterion), rng.randint(1, 2))
                    decision, action = None, "case.deescalate"
                level_rows.append(
                    (case_id, seq, level, to_level, reason, decision, _json([c.value for c in criteria]),
                     who.uid, who.display_name, at)
                )  # fmt: skip
                self.audit(at, who, action, "case", case_id, person_id, {"from": level, "to": to_level})
                level = to_level
                changes.append(at)

        # Participations: the regisseur's organisation, the informant, partners (and the bench one).
        referrer = earlier.referrer if reopen and earlier else self.referrer_name(source)
        parts = [Part(self.sid(), self.municipality, ParticipationRole.REGISSEUR, None, opened, registrar)]
        if source is not self.municipality and not reopen:  # reopening copies only the regisseur's
            parts.append(Part(self.sid(), source, ParticipationRole.INFORMANT, referrer, opened, registrar))
        joined_from = include_at or opened
        chosen_orgs: set[str] = set()
        n_partners = rng.choices((1, 2, 3), weights=(45, 35, 20))[0]
        keys, cumulative = self.partner_orgs
        while len(chosen_orgs) < n_partners:
            chosen_orgs.add(rng.choices(keys, cum_weights=cumulative)[0].id)
        partner_orgs = sorted(chosen_orgs)
        if rng.random() < BENCH_PARTNER_SHARE:
            partner_orgs.append(self.bench_org.id)
        for org_id in partner_orgs:
            org = self.orgs_by_id[org_id]
            role = ParticipationRole.CORE_PARTNER if org.kind in CORE_PARTNER_KINDS else ParticipationRole.PARTICIPANT
            started = self.between(joined_from, end)
            who = actor(started)
            contact = rng.choice(self.staff_of_org[org.id]).display_name if rng.random() < 0.6 else None
            part = Part(self.sid(), org, role, contact, started, who)
            parts.append(part)
            changes.append(started)
            self.audit(started, who, "case.participant_add", "case", case_id, person_id,
                       {"organisationId": org.id, "role": role.value})  # fmt: skip
        for part in parts[1:]:
            if part.org is self.bench_org or rng.random() >= 0.2:
                continue
            part.ended = self.between(part.started, end)
            part.ended_by = actor(part.ended)
            part.end_reason = rng.choice(PARTICIPATION_END_REASONS)
            changes.append(part.ended)
            self.audit(part.ended, part.ended_by, "case.participant_end", "case", case_id, person_id,
                       {"organisationId": part.org.id, "role": part.role.value})  # fmt: skip
        for part in parts:
            ender = part.ended_by
            self.rows["case_participation"].append(
                (part.id, case_id, part.org.uid, part.role.value, part.contact, part.started, part.started_by.uid,
                 part.started_by.display_name, part.ended, ender.uid if ender else None,
                 ender.display_name if ender else None, part.end_reason)
            )  # fmt: skip

        # Journal: written by people of organisations working in the case at that moment.
        working = [p for p in parts if p.role is not ParticipationRole.INFORMANT]
        weights = [4 if p.role is ParticipationRole.REGISSEUR else 1 for p in working]
        entries: list[tuple[datetime, str]] = []
        n_entries = rng.choices(range(11), weights=(3, 6, 9, 11, 12, 13, 12, 11, 9, 7, 7))[0]
        n_entries = min(n_entries, 1 + (end - opened).days // 3)  # a case of two days has few notes
        for _ in range(n_entries):
            part = rng.choices(working, weights=weights)[0]
            written = self.between(part.started, part.ended or end)
            if part.role is ParticipationRole.REGISSEUR:
                author = actor(written)
            else:
                author = rng.choice(self.staff_of_org[part.org.id])
            category = self.pick("category")
            if author.org.kind in CORE_PARTNER_KINDS:
                visibility = rng.choices(list(JournalVisibility), weights=(60, 25, 15))[0]
            else:
                visibility = rng.choices(
                    (JournalVisibility.CASE_TEAM, JournalVisibility.OWN_ORGANISATION), weights=(75, 25)
                )[0]
            summary_share = 0.25 if visibility is JournalVisibility.CASE_TEAM else 0.62
            summary = rng.choice(JOURNAL_SUMMARIES) if rng.random() < summary_share else None
            body = " ".join(
                [rng.choice(JOURNAL_OPENINGS[category]), *rng.sample(JOURNAL_FOLLOW_UPS, rng.randint(0, 2))]
            )
            corrects = None
            if entries and rng.random() < 0.03:
                earlier_at, earlier_id = rng.choice(entries)
                if earlier_at < written:
                    corrects = earlier_id
                    body = "Correctie op een eerdere notitie: " + body
            entry_id = self.sid()
            entries.append((written, entry_id))
            occurred = max(opened.date(), (written - timedelta(days=rng.choice((0, 0, 0, 1, 2, 3)))).date())
            self.rows["journal_entry"].append(
                (entry_id, case_id, occurred, written, author.uid, author.display_name, author.org.uid,
                 category.value, visibility.value, body, summary, corrects)
            )  # fmt: skip
            self.audit(written, author, "journal.create", "journal_entry", entry_id, person_id,
                       {"caseId": case_id, "visibility": visibility.value})  # fmt: skip

        # Reads: the regisseur, coordinators and the people of working organisations look at it.
        read_until = min(now - timedelta(minutes=5), end + timedelta(days=90))
        readers = [u for u in (regisseur, coordinator) if u is not None]
        for p in working[1:]:
            readers += self.staff_of_org[p.org.id]
        n_reads = rng.choices((0, 1, 2, 3), weights=(20, 40, 25, 15))[0]
        for _ in range(n_reads):
            reader = rng.choice(readers)
            at = self.between(opened, read_until)
            self.audit(at, reader, "case.read", "case", case_id, person_id)
            if rng.random() < 0.35:
                at = at + timedelta(seconds=rng.uniform(2, 90))
                self.audit(at, reader, "journal.list", "case", case_id, person_id, {"count": n_entries})

        # The case row itself.
        closed_at = final_at if status is S.CLOSED else None
        version = len(changes)  # one for the insert, one per later change
        case_description = rng.choice(DESCRIPTIONS)
        concern = rng.choice(CONCERNS[ideology])
        if reopen:
            case_description = concern = first_reason
        referred_on = (opened - timedelta(days=0 if reopen else rng.choice((0, 0, 1, 2, 5, 7)))).date()
        previous = earlier.case_id if reopen and earlier else None
        self.rows["case_file"].append(
            (case_id, reference, person_id, status.value, level, regisseur.uid if regisseur else None,
             ideology.value, source.uid, referrer, referred_on, case_description, concern, opened, max(changes),
             closed_at, closure.value if status is S.CLOSED and closure else None, previous, version)
        )  # fmt: skip
        if earlier is not None:
            links = (earlier.case_id, *earlier.links)
            self.rows["case_link"].extend((case_id, linked) for linked in links)
        else:
            links = ()
        self.statuses[status.value] += 1
        if status is S.CLOSED:
            assert final_at is not None
            self.event_counter += 1
            heapq.heappush(
                self.closing,
                (
                    final_at,
                    self.event_counter,
                    ClosedCase(person_id, case_id, links, regisseur, district, source, ideology, referrer),
                ),
            )

    def backlogged(self) -> bool:
        """Whether this case is one of the `min_referred` kept in `referred` (exactly that many)."""
        j = self.case_index - self.window_start
        self.case_index += 1
        return j >= 0 and (j + 1) * self.forced // self.window > j * self.forced // self.window

    def reference(self, year: int) -> str:
        number = self.counters.get(year, 0) + 1
        self.counters[year] = number
        return f"RAD-{year}-{number:04d}"

    def referrer_name(self, source: Org) -> str:
        rng = self.rng
        first, surname = rng.choice(STAFF_FIRST), rng.choice(STAFF_SURNAMES)
        return f"{first[0]}. {surname} ({rng.choice(REFERRER_FUNCTIONS[source.kind])})"

    # ---- batches ------------------------------------------------------------------------------

    def step(self, staged: Sequence[Any], opened: Sequence[datetime]) -> dict[str, list[tuple[Any, ...]]]:
        """Chain the staged events (the next stretch of time, in order), then make the rows of
        the cases opened at `opened` and stage their audit events."""
        sealed = self.seal_rows(staged)
        self.rows = {t: [] for t in (*BATCH_TABLES, STAGE)}
        for at in opened:
            self.one_case(at)
        rows, self.rows = self.rows, {}
        rows["audit_event"] = sealed
        return rows

    def seal_rows(self, staged: Sequence[Any]) -> list[tuple[Any, ...]]:
        """Chain staged events, given in time order, onto the audit trail."""
        rows = []
        for _ordinal, at, user_id, action, record_type, record_id, subject, details in staged:
            user = self.user_by_id[user_id] if user_id else None
            entry = AuditEntry(
                action=action,
                record_type=record_type,
                record_id=record_id,
                subject_person_id=subject,
                details=json.loads(details),
                actor_type="user" if user else "system",
                actor_id=user.uid if user else None,
                organisation_id=user.org.uid if user else None,
            )
            context = RequestContext(
                client_address=user.client_address if user else None,
                request_id=f"{self.request_rng.getrandbits(128):032x}",
            )
            self.seq += 1
            row = seal(entry, context, seq=self.seq, prev_hash=self.prev_hash, occurred_at=at)
            self.prev_hash = row.hash
            rows.append(
                (row.seq, row.occurred_at, row.actor_type, row.actor_id, row.organisation_id, row.action,
                 row.outcome, row.record_type, row.record_id, row.subject_person_id, row.client_address,
                 row.request_id, row.purpose, details, row.prev_hash, row.hash)
            )  # fmt: skip
        return rows


# --------------------------------------------------------------------------------------------
# Loading.
# --------------------------------------------------------------------------------------------


def _asyncpg_dsn(dsn: str) -> str:
    """Accept the SQLAlchemy spelling too (postgresql+asyncpg://...)."""
    return dsn.replace("postgresql+asyncpg://", "postgresql://", 1)


def _today() -> datetime:
    return datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


async def _require_empty(conn: asyncpg.Connection) -> None:
    for table in ("organisation", "app_user", "person", "case_file", "journal_entry", "audit_event"):
        if await conn.fetchval(f"SELECT EXISTS (SELECT 1 FROM {table})"):  # noqa: S608 - fixed names
            raise RuntimeError(f"the database is not empty (table {table} has rows); migrate a fresh one")
    head = await conn.fetchrow("SELECT seq, hash FROM audit_chain_head WHERE id = 1")
    if head is None or head["seq"] != 0 or head["hash"] != GENESIS_HASH:
        raise RuntimeError("audit_chain_head is missing or not at the genesis; migrate a fresh database")


async def _copy(conn: asyncpg.Connection, tables: dict[str, list[tuple[Any, ...]]], counts: dict[str, int]) -> None:
    for table, records in tables.items():
        if records:
            await conn.copy_records_to_table(table, records=records, columns=COLUMNS[table])
        counts[table] = counts.get(table, 0) + len(records)


async def _load(conn: asyncpg.Connection, gen: Generator, cases: int, batch_size: int, counts: dict[str, int]) -> None:
    """Batch by batch, on two cores: a thread chains the audit events of the previous stretch of
    time and generates the next batch while PostgreSQL ingests the rows made before.

    Cases are generated in opening order and every event of a case happens at or after its
    opening, so once a batch is copied every event before the next batch's first opening is
    staged: that stretch is read back in time order and chained in the next step. Memory holds
    a batch or two and one stretch of events, whatever the number of cases."""
    times = gen.opening_times(cases)
    following = next(times, None)
    lower = gen.start - timedelta(days=3650)  # events before `lower` are chained already
    end_of_time = gen.now + timedelta(days=3650)
    staged: list[Any] = []
    made: dict[str, list[tuple[Any, ...]]] | None = None
    while True:
        chunk = [following, *itertools.islice(times, batch_size - 1)] if following is not None else []
        following = next(times, None) if chunk else None
        making = asyncio.ensure_future(asyncio.to_thread(gen.step, staged, chunk))
        if made is not None:
            await _copy(conn, made, counts)
        # Everything before the first opening of `chunk` (still being made) is staged by now.
        upper = chunk[0] if chunk else end_of_time
        staged = await conn.fetch(STAGE_RANGE, lower, upper) if lower < upper else []
        lower = upper
        made = await making
        if not any(made.values()) and not staged:
            return


async def generate(
    dsn: str,
    *,
    cases: int = 100_000,
    seed: int = 42,
    secret: str,
    password: str,
    batch_size: int = BATCH_SIZE,
    now: datetime | None = None,
    analyze: bool = True,
    min_referred: int = 0,
) -> GenerationReport:
    """Fill a freshly migrated, empty database; all rows in one transaction (nothing on failure).

    `now` (UTC, default today 00:00) is the end of the ten years; with it fixed, the data set is the
    same on every run. `analyze` runs VACUUM ANALYZE afterwards so that the planner knows the data.
    `min_referred` keeps at least that many of the most recent cases in `referred` (on top of the
    ~3% that are there anyway), for load scenarios that move cases out of it.
    """
    if cases < 0 or batch_size < 1:
        raise ValueError("cases must be >= 0 and batch_size >= 1")
    if now is not None and now.tzinfo is None:
        raise ValueError("now must be timezone-aware (UTC)")
    password_hash = Argon2PasswordHasher().hash(password)
    gen = Generator(
        seed,
        (now or _today()).astimezone(UTC),
        BsnCipher.from_secret(secret),
        password_hash,
        cases=cases,
        min_referred=min_referred,
    )
    order = ("organisation", "app_user", "user_role", *BATCH_TABLES, "audit_event", "case_reference_counter")
    counts: dict[str, int] = {t: 0 for t in order}
    conn = await asyncpg.connect(_asyncpg_dsn(dsn))
    try:
        await _require_empty(conn)
        started = time.perf_counter()
        # Memory for the staged audit events and their sort (a session setting, before any temp table).
        await conn.execute("SET temp_buffers = '128MB'; SET work_mem = '128MB'")
        async with conn.transaction():
            await conn.execute(STAGE_DDL)
            await conn.execute(STAGE_INDEX)
            await _copy(conn, gen.setup(), counts)
            await _load(conn, gen, cases, batch_size, counts)
            await _copy(conn, {"case_reference_counter": sorted(gen.counters.items())}, counts)
            await conn.execute("UPDATE audit_chain_head SET seq = $1, hash = $2 WHERE id = 1", gen.seq, gen.prev_hash)
        seconds = time.perf_counter() - started
        analyze_seconds = 0.0
        if analyze:
            began = time.perf_counter()
            await conn.execute("VACUUM ANALYZE")
            analyze_seconds = time.perf_counter() - began
    finally:
        await conn.close()
    return GenerationReport(
        cases=cases,
        seed=seed,
        rows={t: n for t, n in counts.items() if t != STAGE},
        seconds=seconds,
        analyze_seconds=analyze_seconds,
        audit_head_seq=gen.seq,
        statuses=dict(gen.statuses),
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.generate",
        description="Fill a freshly migrated, empty PostgreSQL database with benchmark data.",
    )
    parser.add_argument("--dsn", default=os.environ.get("BENCH_DSN"), help="postgresql://user@host:port/db")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument(
        "--secret",
        default=os.environ.get("CASUSREGIE_SECRET_KEY"),
        help="the server's CASUSREGIE_SECRET_KEY (BSN encryption); default from that variable",
    )
    parser.add_argument(
        "--password",
        default=os.environ.get("BENCH_PASSWORD"),
        help="password of every generated account; default from BENCH_PASSWORD",
    )
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE, help="cases per batch (memory ~ batch)")
    parser.add_argument("--now", type=datetime.fromisoformat, default=None, help="end of the period, ISO 8601 UTC")
    parser.add_argument("--no-analyze", action="store_true", help="skip VACUUM ANALYZE after loading")
    parser.add_argument(
        "--min-referred", type=int, default=0, help="keep at least this many recent cases in 'referred'"
    )
    args = parser.parse_args(argv)
    missing = [name for name in ("dsn", "secret", "password") if not getattr(args, name)]
    if missing:
        parser.error("missing: " + ", ".join("--" + m for m in missing))
    now = args.now.replace(tzinfo=args.now.tzinfo or UTC) if args.now else None
    report = asyncio.run(
        generate(
            args.dsn,
            cases=args.cases,
            seed=args.seed,
            secret=args.secret,
            password=args.password,
            batch_size=args.batch_size,
            now=now,
            analyze=not args.no_analyze,
            min_referred=args.min_referred,
        )
    )
    print(report.format())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
