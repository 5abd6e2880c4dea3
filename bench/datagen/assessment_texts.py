"""The Dutch texts of assessments: evidence per dimension, sources, formulations, scenarios, rationales
and where acute alerts were routed. Short on purpose: millions of ratings carry them."""

from domain.assessment.alerts import AlertRouting
from domain.assessment.framework import DimensionCode
from domain.assessment.model import ScenarioLikelihood

D = DimensionCode

EVIDENCE_FOR: dict[DimensionCode, tuple[str, ...]] = {
    D.IDEOLOGY: (
        "Spreekt in wij-zij-termen over de buurt en de overheid.",
        "Deelt online teksten die geweld goedpraten.",
        "Noemt andersdenkenden 'vijanden' in gesprekken op school.",
        "Verwijst herhaaldelijk naar extremistische sprekers.",
    ),
    D.VULNERABILITY: (
        "Zoekt houvast en erkenning; weinig eigenwaarde.",
        "Recent van school gegaan en zonder dagbesteding.",
        "Ingrijpende gebeurtenis in het gezin dit jaar.",
        "Weinig contact met leeftijdgenoten buiten de groep.",
    ),
    D.NETWORK: (
        "Contact met personen die bekend zijn bij de politie.",
        "Actief in een besloten online groep.",
        "Heeft het contact met familie grotendeels verbroken.",
        "Vrienden oefenen druk uit om mee te doen.",
    ),
    D.INTENT_BEHAVIOUR: (
        "Dreigende uitlatingen richting een bestuurder.",
        "Uitingen over 'iets gaan doen' tegenover klasgenoten.",
        "Zocht informatie over wapens en doelwitten.",
        "Identificeert zich openlijk met daders van aanslagen.",
    ),
    D.CAPABILITY: (
        "Eerder veroordeeld voor een geweldsdelict.",
        "Toegang tot wapens via het netwerk niet uit te sluiten.",
        "Vaardig met versleutelde communicatie.",
    ),
    D.PROTECTIVE: (
        "Ouders zijn betrokken en zoeken hulp.",
        "Gaat weer naar school en heeft een stageplek.",
        "Goede band met de jongerenwerker.",
        "Staat open voor gesprekken over zijn ideeën.",
    ),
}
EVIDENCE_AGAINST = (
    "Geen aanwijzingen in gesprekken met school en gezin.",
    "Politie heeft hierover geen informatie.",
    "Ontkent dit en er zijn geen signalen die het tegenspreken.",
    "Niet gezien tijdens het huisbezoek.",
)
SOURCES = (
    "Gesprek met betrokkene",
    "Gesprek met ouders",
    "School (mentor)",
    "Wijkagent",
    "Politie, informatie weegploeg",
    "Jeugdbescherming",
    "Reclassering",
    "Jongerenwerker",
    "Openbare bronnen online",
    "GGZ-behandelaar",
)
FORMULATION_DRIVERS = (
    "Zoektocht naar identiteit en erkenning, versterkt door een online groep.",
    "Gevoel van onrecht na conflicten met instanties; vindt bevestiging in extremistische content.",
    "Sociaal isolement en fascinatie voor geweld.",
)
FORMULATION_INHIBITORS = (
    "Betrokken ouders en een mentor op school.",
    "Angst voor strafrechtelijke gevolgen; wil zijn opleiding afmaken.",
    "",
)
FORMULATION_DESTABILISERS = (
    "Dreigende schooluitval en schulden.",
    "Ophanden zijnde detentie van een familielid.",
    "Verlies van werk en woonruimte.",
    "",
)
FORMULATION_ANCHORS = (
    "Band met de jongerenwerker.",
    "Zus die hij vertrouwt.",
    "Sportclub en vaste trainer.",
    "",
)
SCENARIOS: tuple[tuple[str, str, ScenarioLikelihood, str], ...] = (
    (
        "Verder terugtrekken in de online groep",
        "Betrokkene verbreekt de laatste contacten en raakt verder verwikkeld in de groep.",
        ScenarioLikelihood.MEDIUM,
        "Stopt met school, nieuwe accounts, afzeggen van afspraken.",
    ),
    (
        "Geweldsincident in de buurt",
        "Een conflict in de buurt loopt uit op geweld tegen een symbolisch doelwit.",
        ScenarioLikelihood.LOW,
        "Dreigende uitlatingen, interesse in wapens.",
    ),
    (
        "Stabilisatie met dagbesteding",
        "Met een stageplek en steun van de ouders nemen de zorgen af.",
        ScenarioLikelihood.HIGH,
        "Terugval in verzuim.",
    ),
    (
        "Uitreis",
        "Betrokkene probeert uit te reizen naar een conflictgebied.",
        ScenarioLikelihood.LOW,
        "Paspoort aangevraagd, geld verzameld, afscheid genomen.",
    ),
)
RATIONALES_HIGHER = (
    "Het casusoverleg weegt de recente signalen van de politie zwaarder dan de ratings laten zien.",
    "Nieuwe informatie na het opstellen van de beoordeling; voorzichtigheid geboden.",
)
RATIONALES_LOWER = (
    "Beschermende factoren zijn sterker dan de ratings weergeven; besproken in het casusoverleg.",
    "Signalen zijn ouder en niet recent bevestigd; het overleg schat de zorg lager in.",
)
RATIONALES_KNOWN = (
    "Ondanks ontbrekende informatie schat het casusoverleg de zorg in op basis van eerdere ervaring.",
    "Informatie van partners mondeling aangevuld in het overleg.",
)
DISSENT_NOTES = (
    "Ziet de zorg hoger; wil het over vier weken opnieuw bespreken.",
    "Heeft onvoldoende zicht op betrokkene om in te stemmen.",
)
ROUTING_WEIGHTS = {
    AlertRouting.POLICE: 35,
    AlertRouting.CASE_CONFERENCE: 30,
    AlertRouting.CARE: 18,
    AlertRouting.PROSECUTOR: 10,
    AlertRouting.OTHER: 7,
}
ROUTING_NOTES = (
    "Direct doorgezet naar de dienstdoende officier.",
    "Besproken in een ingelast casusoverleg.",
    "Crisisdienst GGZ ingeschakeld.",
    "Burgemeester en driehoek geïnformeerd.",
)
