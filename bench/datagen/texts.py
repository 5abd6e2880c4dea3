"""The Dutch texts of the case work: ideologies, referrals, status and level reasons, journal."""

from domain.case.journal import JournalCategory
from domain.case.lifecycle import ClosureReason, TransitionName
from domain.case.model import Ideology

T = TransitionName

IDEOLOGY_WEIGHTS = {
    Ideology.JIHADIST: 38,
    Ideology.RIGHT_WING_EXTREMIST: 25,
    Ideology.ANTI_INSTITUTIONAL: 15,
    Ideology.UNCLEAR: 10,
    Ideology.SINGLE_ISSUE: 5,
    Ideology.LEFT_WING_EXTREMIST: 4,
    Ideology.OTHER: 3,
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
