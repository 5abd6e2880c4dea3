"""Catalogue of organisations, teams and staff: who refers, who joins a case, who works in it."""

from domain.identity.model import OrganisationKind
from domain.person.model import District

K = OrganisationKind

BENCH_COORDINATOR = "bench-coordinator"
BENCH_PARTNER = "bench-partner"
BENCH_PARTNER_ORGANISATION = "Bench Partner Organisatie"
BENCH_PARTNER_SHARE = 0.01

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
STAFF_FIRST = (
    "Anne", "Bas", "Carla", "Daan", "Eva", "Frank", "Hanna", "Iris", "Jeroen", "Karin", "Lotte", "Marco",
    "Nadia", "Omar", "Petra", "Rachida", "Sven", "Tessa", "Umut", "Vera", "Wouter", "Yara", "Zineb",
    "Khalid", "Mirjam", "Erik", "Samira", "Joost", "Fenna", "Hakan",
)  # fmt: skip
STAFF_SURNAMES = (
    "de Graaf", "Verbeek", "Bouali", "van Vliet", "Kramer", "El Hadioui", "Postma", "Schipper", "Aydin",
    "van Dam", "Koning", "Ouahabi", "Veenstra", "de Ruiter", "Wijnberg", "Tuinman", "Amrani", "Baars",
)  # fmt: skip
