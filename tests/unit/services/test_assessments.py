"""Starting, changing and reading assessments: perspective by role, drafts only for those who may see
them, each viewer sees the ratings its need-to-know allows, and every read and write is audited."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest

from domain.assessment.catalogue import FrameworkId
from domain.assessment.framework import ConcernLevel, FrameworkStatus, Presence, Relevance
from domain.assessment.model import AssessmentStatus, Perspective
from domain.assessment.rating import IndicatorRating, SharingLevel
from domain.errors import Conflict, Forbidden, InvalidInput, NotFound, StaleVersion
from domain.services import assessments
from tests.unit.domain.assessment_builders import RESTRICTED
from tests.unit.services.assessment_world import Assessing
from tests.unit.services.world import register

P, R, S = Presence, Relevance, SharingLevel


async def test_a_regisseur_starts_a_municipal_draft_on_the_published_version(assessed: Assessing) -> None:
    view = await assessed.start("regisseur", Perspective.MUNICIPALITY)
    a = view.assessment
    assert (a.status, a.framework_id, a.organisation_id) == (
        AssessmentStatus.DRAFT,
        assessed.framework.id,
        assessed.world.municipality.id,
    )
    assert view.organisation_name == "Gemeente Amsterdam" and view.allowed.edit and view.allowed.submit
    assert view.proposed_level is ConcernLevel.INSUFFICIENT_INFORMATION
    entry = assessed.world.uow.committed_entries[-1]
    assert entry.action == "assessment.create" and entry.record_id == str(a.id)
    case = await assessed.world.uow.cases.get(assessed.case_id)
    assert case is not None and entry.subject_person_id == str(case.person_id)


@pytest.mark.parametrize(
    ("username", "allowed", "refused"),
    [
        ("police", Perspective.POLICE, Perspective.MUNICIPALITY),
        ("partner", Perspective.CARE, Perspective.POLICE),
        ("coordinator", Perspective.JOINT, Perspective.CARE),
    ],
)
async def test_the_role_decides_the_perspective(
    assessed: Assessing, username: str, allowed: Perspective, refused: Perspective
) -> None:
    assert (await assessed.start(username, allowed)).assessment.perspective is allowed
    with pytest.raises(Forbidden):
        await assessed.start(username, refused)


async def test_an_invisible_case_has_no_assessments(assessed: Assessing) -> None:
    other = await register(assessed.world)  # neither police nor youth care work in it
    with pytest.raises(NotFound):
        await assessed.start("police", Perspective.POLICE, case_id=other)
    with pytest.raises(NotFound):
        await assessments.list_assessments(assessed.world.uow, assessed.world.actor("partner"), other)


async def test_only_a_published_version_is_used(assessed: Assessing) -> None:
    draft_record = replace(assessed.framework, id=FrameworkId(uuid.uuid4()), status=FrameworkStatus.DRAFT)
    draft_record = replace(draft_record, framework=replace(draft_record.framework, version="2026.2"))
    assessed.world.uow.seed(draft_record)
    with pytest.raises(InvalidInput) as error:
        await assessed.start("regisseur", Perspective.MUNICIPALITY, framework_id=draft_record.id)
    assert [p.name for p in error.value.params] == ["frameworkId"]
    with pytest.raises(InvalidInput):
        await assessed.start("regisseur", Perspective.MUNICIPALITY, framework_id=FrameworkId(uuid.uuid4()))


async def test_a_draft_changes_with_the_version_it_was_read_at(assessed: Assessing) -> None:
    view = await assessed.start("regisseur", Perspective.MUNICIPALITY)
    changed = await assessed.rate("regisseur", view, A1="+H", C1="+M")
    assert changed.assessment.version == 2 and changed.proposed_level is ConcernLevel.ELEVATED
    assert [r.rating.code for r in changed.ratings] == ["A1", "C1"]
    with pytest.raises(StaleVersion):
        await assessed.rate("regisseur", view, A3="-")  # read at version 1
    with pytest.raises(InvalidInput) as error:
        await assessed.rate("regisseur", changed, A3="+")
    assert [p.name for p in error.value.params] == ["ratings[0].relevance"]
    assert assessed.world.uow.committed_actions[-1] == "assessment.update"


async def test_only_the_assessing_organisation_changes_its_draft(assessed: Assessing) -> None:
    view = await assessed.start("regisseur", Perspective.MUNICIPALITY)
    view = await assessed.rate("coordinator", view, A1="-")  # the coordinator works for the municipality too
    police = await assessed.start("police", Perspective.POLICE)
    with pytest.raises(Forbidden):
        await assessed.rate("coordinator", police, A1="-")  # sees the police draft, does not change it
    with pytest.raises(NotFound):
        await assessed.rate("partner", police, A1="-")  # a draft of another organisation does not exist for it


async def test_a_submitted_assessment_refuses_every_change(assessed: Assessing) -> None:
    view = await assessed.submit("regisseur", await assessed.start("regisseur", Perspective.MUNICIPALITY))
    with pytest.raises(Conflict):
        await assessed.rate("regisseur", view, A1="-")


async def test_drafts_are_listed_only_for_their_organisation_and_the_case_directors(assessed: Assessing) -> None:
    await assessed.start("police", Perspective.POLICE)
    assessed.world.clock.advance(minutes=5)
    await assessed.submit("regisseur", await assessed.start("regisseur", Perspective.MUNICIPALITY))
    w = assessed.world
    seen = {
        username: [
            v.assessment.perspective
            for v in await assessments.list_assessments(w.uow, w.actor(username), assessed.case_id)
        ]
        for username in ("coordinator", "regisseur", "police", "partner")
    }
    assert seen == {
        "coordinator": [Perspective.POLICE, Perspective.MUNICIPALITY],
        "regisseur": [Perspective.POLICE, Perspective.MUNICIPALITY],
        "police": [Perspective.POLICE, Perspective.MUNICIPALITY],
        "partner": [Perspective.MUNICIPALITY],
    }
    assert w.uow.committed_actions[-1] == "assessment.list"


async def _rated_by_the_municipality(assessed: Assessing) -> uuid.UUID:
    view = await assessed.start("regisseur", Perspective.MUNICIPALITY)
    view = await assessed.rate(
        "regisseur",
        view,
        IndicatorRating("A1", P.PRESENT, R.HIGH, evidence_for="deelt content", sharing=S.SUMMARY_ONLY),
        IndicatorRating("C1", P.PRESENT, R.MEDIUM, evidence_for="contacten", sharing=S.OWN_ORGANISATION),
        IndicatorRating(RESTRICTED, P.PRESENT, R.HIGH, evidence_for="gezondheid"),
        IndicatorRating("D1", P.ABSENT),
    )
    return (await assessed.submit("regisseur", view)).assessment.id


async def test_each_viewer_sees_what_its_need_to_know_allows(assessed: Assessing) -> None:
    assessment_id = await _rated_by_the_municipality(assessed)
    w = assessed.world

    async def view_of(username: str) -> assessments.AssessmentView:
        return await assessments.get_assessment(w.uow, w.actor(username), assessment_id)  # type: ignore[arg-type]

    full = await view_of("coordinator")
    assert {r.rating.code for r in full.ratings} == {"A1", "C1", RESTRICTED, "D1"}
    for username in ("police", "partner"):
        seen = await view_of(username)
        shown = {r.rating.code: r for r in seen.ratings}
        assert set(shown) == {"A1", "D1"}, username  # own_organisation and restricted left out
        assert shown["A1"].withheld and shown["A1"].rating.relevance is None and shown["A1"].rating.evidence_for == ""
        codes = {c for rule in seen.proposal.fired for c in rule.indicator_codes}
        assert not codes & {"C1", RESTRICTED}
        vulnerability = next(p for p in seen.profiles if p.dimension.value == "vulnerability")
        assert vulnerability.present == 0  # not counted either
    assert w.uow.committed_actions[-1] == "assessment.read"


async def test_a_partner_does_not_rate_a_restricted_indicator(assessed: Assessing) -> None:
    view = await assessed.start("partner", Perspective.CARE)
    with pytest.raises(InvalidInput) as error:
        await assessed.rate("partner", view, IndicatorRating("A1", P.ABSENT), IndicatorRating(RESTRICTED, P.ABSENT))
    assert [p.name for p in error.value.params] == ["ratings[1].code"]


async def test_ratings_in_police_codes_are_shown_on_our_indicators(assessed: Assessing) -> None:
    view = await assessed.start("police", Perspective.POLICE, crosswalk_id=assessed.crosswalk.id)
    view = await assessed.change(
        "police",
        view,
        external_ratings=(
            IndicatorRating("K1", P.PRESENT, R.HIGH),
            IndicatorRating("K2", P.PRESENT, R.MEDIUM),
            IndicatorRating("K3", P.PRESENT, R.LOW),
        ),
    )
    derived = {d.code: d for d in view.derived}
    assert derived["B1"].from_external_codes == ("K1",) and not derived["B1"].capped
    assert derived["A1"].capped  # broader: present counts as partly
    assert {r.rating.code: r.rating.presence for r in view.ratings}["A1"] is P.PARTLY
    assert [r.rating.code for r in view.external_ratings] == ["K1", "K2", "K3"]
    partner_view = await assessed.read(
        "partner", await assessed.submit("police", view, ConcernLevel.LOW, rationale="x")
    )
    assert [r.rating.code for r in partner_view.external_ratings] == ["K1", "K2"]  # K3 carries health data
    assert RESTRICTED not in {d.code for d in partner_view.derived}


async def test_changes_since_the_previous_assessment_of_the_same_perspective(assessed: Assessing) -> None:
    first = await assessed.rate("regisseur", await assessed.start("regisseur", Perspective.MUNICIPALITY), A1="~M")
    await assessed.submit("regisseur", first)
    assessed.world.clock.advance(days=30)
    second = await assessed.rate("regisseur", await assessed.start("regisseur", Perspective.MUNICIPALITY), A1="+M")
    assert [(c.code, c.direction.value) for c in second.changes] == [("A1", "worse")]
