"""The checklists a meeting answers before a decision takes effect, from Dutch practice (shared reference,
sections 2.3, 4.2 and 4.3; DESIGN section 3): weighing before inclusion, de-escalation before lowering the level,
and the safeguards before closing. Every item is answered yes / no / unknown; the rules say which answers the
decision needs. The texts are data so that the SPA shows exactly what the rules check."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

from domain.assessment.framework import LocalText
from domain.case.lifecycle import DeEscalationCriterion
from domain.errors import InvalidInput, InvalidParam


class Answer(enum.StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class ChecklistKind(enum.StrEnum):
    WEIGHING = "weighing"
    DE_ESCALATION = "de_escalation"
    CLOSING = "closing"


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    group: str
    text: LocalText
    criterion: DeEscalationCriterion | None = None  # the de-escalation criterion a yes establishes


def _item(code: str, group: str, nl: str, en: str, criterion: DeEscalationCriterion | None = None) -> ChecklistItem:
    return ChecklistItem(code, group, LocalText(nl=nl, en=en), criterion)


WEIGHING = (
    _item(
        "A1",
        "subject",
        "Identificeerbare persoon met woonplaats of binding in de gemeente",
        "Identifiable person living in or tied to the municipality",
    ),
    _item(
        "A2", "subject", "Niet al in een lopende PGA elders", "Not already the subject of a running approach elsewhere"
    ),
    _item("B1", "ideology", "Signalen van een extremistisch gedachtegoed", "Signals of an extremist frame of mind"),
    _item(
        "B2",
        "ideology",
        "Signalen beschrijven gedrag of uitingen, niet louter geloofsbeleving of uiterlijk",
        "Signals describe behaviour or statements, not mere religious practice or appearance",
    ),
    _item(
        "C1",
        "behaviour",
        "Intentie, bereidheid of voorbereiding van geweld",
        "Intent, readiness or preparation to use violence",
    ),
    _item(
        "C2",
        "behaviour",
        "Uitreisintentie of -geschiedenis; terugkeerder",
        "Travel intent or history to a conflict zone; returnee",
    ),
    _item(
        "C3",
        "behaviour",
        "Rekruteren, propaganda, opruiing of financiering",
        "Recruiting, propaganda, incitement or financing",
    ),
    _item(
        "C4",
        "behaviour",
        "Contact met extremistische netwerken, online of offline",
        "Contact with extremist networks, online or offline",
    ),
    _item(
        "C5",
        "behaviour",
        "Interesse in doelwitten, wapens of aanslagmethoden",
        "Interest in targets, weapons or attack manuals",
    ),
    _item("E1", "necessity", "Een multidisciplinaire aanpak is nodig", "A multi-agency approach is needed"),
    _item(
        "E2",
        "necessity",
        "De inbreuk op de persoonlijke levenssfeer is proportioneel",
        "The intrusion on private life is proportionate",
    ),
    _item("E3", "necessity", "Een minder ingrijpende route volstaat niet", "A less intrusive route is not enough"),
    _item(
        "E4",
        "necessity",
        "Strafrechtelijke voorrang is met het OM afgestemd",
        "Criminal-law priority checked with the prosecution",
    ),
    _item(
        "I1",
        "informing",
        "Besloten of betrokkene wordt geïnformeerd (of waarom niet)",
        "Decided whether the person is informed (or why not)",
    ),
)
DE_ESCALATION = (
    _item(
        "D1",
        "criteria",
        "Geen nieuwe dreigingssignalen of acute vlaggen in de afgelopen maanden",
        "No new threat signals or acute flags in recent months",
        DeEscalationCriterion.NO_ACUTE_FLAGS,
    ),
    _item(
        "D2",
        "criteria",
        "Geen aanwijzingen voor uitreis, voorbereiding of rekrutering",
        "No indications of travel, preparation or recruitment",
        DeEscalationCriterion.INTENT_BEHAVIOUR_ABSENT,
    ),
    _item(
        "D3",
        "criteria",
        "De doelen van het plan van aanpak zijn bereikt",
        "The goals of the plan of action are met",
        DeEscalationCriterion.GOALS_MET,
    ),
    _item(
        "D4",
        "criteria",
        "De casus is overgedragen aan een andere aanpak met een eigenaar",
        "The case is handed over to another approach with an owner",
        DeEscalationCriterion.HANDED_OVER,
    ),
    _item(
        "D5",
        "safeguards",
        "Verplichtende maatregelen zijn beëindigd of stabiel, zonder overtredingen",
        "Compulsory measures have ended or are stable, without breaches",
    ),
    _item(
        "D6",
        "safeguards",
        "Minstens twee beschermende factoren zijn stabiel",
        "At least two protective factors are stable",
    ),
    _item(
        "D7",
        "safeguards",
        "Tafel is het eens; afwijkende meningen zijn vastgelegd",
        "The table agrees; dissent is recorded",
    ),
)
CLOSING = (
    _item(
        "S1",
        "safeguards",
        "Geen open acties of verplichtende maatregelen hangen af van de tafel",
        "No open actions or compulsory measures depend on the table",
    ),
    _item("S2", "safeguards", "Nazorgeigenaar benoemd", "Aftercare owner named"),
    _item("S3", "safeguards", "Besloten over het informeren van betrokkene", "Decided whether to inform the person"),
    _item(
        "S4",
        "safeguards",
        "Afsluitnotitie: wat werkte, welke interventies, doelbereik",
        "Closing note: what worked, which interventions, goal attainment",
    ),
)
CHECKLISTS: dict[ChecklistKind, tuple[ChecklistItem, ...]] = {
    ChecklistKind.WEIGHING: WEIGHING,
    ChecklistKind.DE_ESCALATION: DE_ESCALATION,
    ChecklistKind.CLOSING: CLOSING,
}


def _answered(kind: ChecklistKind, answers: Mapping[str, Answer]) -> list[InvalidParam]:
    codes = [i.code for i in CHECKLISTS[kind]]
    problems = [InvalidParam(f"checklist.{c}", "is not answered") for c in codes if c not in answers]
    problems += [InvalidParam(f"checklist.{c}", "is not on this checklist") for c in answers if c not in codes]
    return problems


def _yes(answers: Mapping[str, Answer], *codes: str) -> list[InvalidParam]:
    return [
        InvalidParam(f"checklist.{c}", "must be yes for this decision")
        for c in codes
        if answers.get(c) is not Answer.YES
    ]


def check_inclusion(answers: Mapping[str, Answer]) -> None:
    """Inclusion needs the person, an ideological component that is more than religion, at least one behavioural
    or threat signal, necessity and proportionality, and a decision on informing the person."""
    problems = _answered(ChecklistKind.WEIGHING, answers) or _yes(answers, "A1", "B1", "B2", "E1", "E2", "E3", "I1")
    if not problems and not any(answers.get(c) is Answer.YES for c in ("C1", "C2", "C3", "C4", "C5")):
        problems = [InvalidParam("checklist.C1", "at least one behavioural or threat signal (C1-C5) must be yes")]
    if problems:
        raise InvalidInput(problems, "The weighing checklist does not support inclusion.")


def check_de_escalation(answers: Mapping[str, Answer]) -> tuple[DeEscalationCriterion, ...]:
    """Lowering the level needs at least one criterion met and the table's agreement; returns the criteria met."""
    problems = _answered(ChecklistKind.DE_ESCALATION, answers) or _yes(answers, "D7")
    met = tuple(i.criterion for i in DE_ESCALATION if i.criterion is not None and answers.get(i.code) is Answer.YES)
    if not problems and not met:
        problems = [InvalidParam("checklist.D1", "at least one de-escalation criterion (D1-D4) must be yes")]
    if problems:
        raise InvalidInput(problems, "The de-escalation checklist does not support lowering the level.")
    return met


def check_closing(answers: Mapping[str, Answer]) -> None:
    problems = _answered(ChecklistKind.CLOSING, answers) or _yes(answers, "S1", "S2")
    if problems:
        raise InvalidInput(problems, "The closing safeguards are not met.")
