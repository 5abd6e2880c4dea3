"""Domain views of plans to their wire format, and request bodies to domain values."""

from __future__ import annotations

from typing import Any

from api.v1.schemas.frameworks import LocalTextOut
from api.v1.schemas.plans import (
    ActionIn,
    ActionOut,
    ActionUpdateOut,
    ActorBriefOut,
    AttentionItemOut,
    ChangeOut,
    GoalIn,
    GoalOut,
    InterventionBriefOut,
    PlanAllowedOut,
    PlanChanges,
    PlanDiffOut,
    PlanListOut,
    PlanOut,
    PlanRefOut,
    PlanSummaryOut,
    ProtectiveFactorOut,
    SuggestedInterventionOut,
    SuggestionOut,
)
from domain.case.model import ActorRef
from domain.ids import OrganisationId, new_id
from domain.plan.catalogue import Intervention, InterventionId
from domain.plan.model import Action, ActionId, Goal, GoalId, PlanVersion, ProtectiveFactor
from domain.plan.suggestions import Suggestion
from domain.ports import PlanAttention
from domain.services.plan_approval import PlanDiff
from domain.services.plan_views import ActionView, PlanDetailView
from domain.services.plans import ChangePlan, PlanList


def _actor(ref: ActorRef | None) -> ActorBriefOut | None:
    return ActorBriefOut(id=ref.id, name=ref.name) if ref else None


def _brief(i: Intervention) -> dict[str, Any]:
    return {
        "id": i.id,
        "code": i.code,
        "name": LocalTextOut(nl=i.name.nl, en=i.name.en),
        "type": i.type,
        "retired": i.retired,
        "informational_only": i.informational_only,
    }


def _suggestion(s: Suggestion) -> SuggestionOut:
    return SuggestionOut(
        indicator_code=s.indicator_code,
        interventions=[
            SuggestedInterventionOut(
                **_brief(i),
                conditions=LocalTextOut(nl=i.conditions.nl, en=i.conditions.en),
                provider_name=i.provider.name,
            )
            for i in s.interventions
        ],
    )


def _action(v: ActionView) -> ActionOut:
    a = v.action
    return ActionOut(
        id=a.id,
        intervention=InterventionBriefOut(**_brief(v.intervention)) if v.intervention else None,
        custom_title=a.custom_title,
        goal_ids=list(a.goal_ids),
        responsible_organisation_id=a.responsible_organisation_id,
        responsible_organisation_name=v.organisation_name,
        owner_name=a.owner_name,
        start_on=a.start_on,
        due_on=a.due_on,
        status=a.status,
        status_reason=a.status_reason,
        last_update_at=a.last_update_at,
        external_reference=a.external_reference,
        stalled=v.stalled,
        updates=[
            ActionUpdateOut(
                at=u.at, by_name=u.by_name, organisation_name=u.organisation_name, status=u.status, reason=u.reason
            )
            for u in a.updates
        ],
        can_report_status=v.can_report,
    )


def plan_out(view: PlanDetailView) -> PlanOut:
    p = view.plan
    return PlanOut(
        id=p.id,
        case_id=p.case_id,
        case_reference=view.case_reference,
        number=p.number,
        status=p.status,
        author=ActorBriefOut(id=p.author.id, name=p.author.name),
        created_at=p.created_at,
        updated_at=p.updated_at or p.created_at,
        submitted_at=p.submitted_at,
        approved_at=p.approved_at,
        approved_by=_actor(p.approved_by),
        approval_note=p.approval_note,
        decision_reference=p.decision_reference,
        based_on_assessment_id=p.based_on_assessment_id,
        interpretation=p.interpretation,
        interpretation_withheld=view.interpretation_withheld,
        contingency=p.contingency,
        contingency_withheld=view.contingency_withheld,
        protective_factors=[
            ProtectiveFactorOut(indicator_code=f.indicator_code, note=f.note) for f in p.protective_factors
        ],
        goals=[
            GoalOut(
                id=g.goal.id,
                text=g.goal.text,
                target_on=g.goal.target_on,
                indicator_codes=list(g.goal.indicator_codes),
                status=g.goal.status,
                note=g.goal.note,
                overdue=g.overdue,
            )
            for g in view.goals
        ],
        actions=[_action(a) for a in view.actions],
        actions_omitted=view.actions_omitted,
        evaluation_on=p.evaluation_on,
        suggestions=[_suggestion(s) for s in view.suggestions],
        allowed=PlanAllowedOut(
            edit=view.allowed.edit,
            submit=view.allowed.submit,
            approve=view.allowed.approve,
            withdraw=view.allowed.withdraw,
            start_new_version=view.allowed.start_new_version,
        ),
        version=p.version,
    )


def _summary(p: PlanVersion) -> PlanSummaryOut:
    return PlanSummaryOut(
        id=p.id,
        number=p.number,
        status=p.status,
        author=ActorBriefOut(id=p.author.id, name=p.author.name),
        created_at=p.created_at,
        submitted_at=p.submitted_at,
        approved_at=p.approved_at,
        evaluation_on=p.evaluation_on,
        goal_count=len(p.goals),
        action_count=len(p.actions),
    )


def plan_list_out(result: PlanList) -> PlanListOut:
    return PlanListOut(
        items=[_summary(p) for p in result.items], in_force_id=result.in_force_id, can_start=result.can_start
    )


def plan_diff_out(diff: PlanDiff) -> PlanDiffOut:
    return PlanDiffOut.model_validate(
        {
            "from": PlanRefOut(id=diff.before.id, number=diff.before.number),
            "to": PlanRefOut(id=diff.after.id, number=diff.after.number),
            "changes": [
                ChangeOut(
                    section=c.section, kind=c.kind, item_id=c.item_id, field=c.field, before=c.before, after=c.after
                )
                for c in diff.changes
            ],
        }
    )


def attention_out(item: PlanAttention) -> AttentionItemOut:
    regisseur = ActorBriefOut(id=item.regisseur_id, name=item.regisseur_name or "") if item.regisseur_id else None
    return AttentionItemOut(
        kind=item.kind,
        reason=item.reason,
        case_id=item.case_id,
        case_reference=item.case_reference,
        plan_id=item.plan_id,
        plan_number=item.plan_number,
        item_id=item.item_id,
        title=item.title,
        organisation_id=item.organisation_id,
        organisation_name=item.organisation_name,
        owner_name=item.owner_name,
        regisseur=regisseur,
        due_on=item.due_on,
        last_update_at=item.last_update_at,
    )


def _goal(g: GoalIn) -> Goal:
    return Goal(
        id=GoalId(g.id or new_id()),
        text=g.text,
        target_on=g.target_on,
        indicator_codes=tuple(dict.fromkeys(c.upper() for c in g.indicator_codes)),
        status=g.status,
        note=g.note,
    )


def _action_in(a: ActionIn) -> Action:
    return Action(
        id=ActionId(a.id or new_id()),
        intervention_id=InterventionId(a.intervention_id) if a.intervention_id else None,
        custom_title=a.custom_title,
        goal_ids=tuple(GoalId(g) for g in dict.fromkeys(a.goal_ids)),
        responsible_organisation_id=OrganisationId(a.responsible_organisation_id),
        owner_name=a.owner_name,
        start_on=a.start_on,
        due_on=a.due_on,
        status=a.status,
        status_reason=a.status_reason,
        external_reference=(a.external_reference or "").strip() or None,
    )


def plan_changes(body: PlanChanges) -> ChangePlan:
    given = body.model_fields_set
    return ChangePlan(
        interpretation=body.interpretation if "interpretation" in given else None,
        protective_factors=(
            tuple(ProtectiveFactor(f.indicator_code, f.note) for f in body.protective_factors)
            if body.protective_factors is not None
            else None
        ),
        goals=tuple(_goal(g) for g in body.goals) if body.goals is not None else None,
        actions=tuple(_action_in(a) for a in body.actions) if body.actions is not None else None,
        contingency=body.contingency if "contingency" in given else None,
        evaluation_on=body.evaluation_on,
    )
