"""Cases: when they open, their planned lifecycle cut off at now, and the rows of one case
(status and level history, participations, journal, reads) with their audit events."""

from __future__ import annotations

import heapq
from datetime import datetime, timedelta
from typing import Any

from bench.datagen.assessments import AssessedCase, AssessmentsMixin
from bench.datagen.model import ClosedCase, Org, Part, User, compact_json
from bench.datagen.organisations import (
    BENCH_PARTNER_SHARE,
    CORE_PARTNER_KINDS,
    REFERRER_FUNCTIONS,
    STAFF_FIRST,
    STAFF_SURNAMES,
    TEAM_OF_DISTRICT,
    TEAMS,
)
from bench.datagen.persons import PersonsMixin
from bench.datagen.plans import PlannedCase, PlansMixin
from bench.datagen.texts import (
    CLOSE_REASONS,
    CONCERNS,
    DESCRIPTIONS,
    JOURNAL_FOLLOW_UPS,
    JOURNAL_OPENINGS,
    JOURNAL_SUMMARIES,
    LEVEL_DOWN_REASONS,
    LEVEL_UP_REASONS,
    PARTICIPATION_END_REASONS,
    REOPEN_REASONS,
    STATUS_REASONS,
)
from domain.access.roles import Role
from domain.case.journal import JournalVisibility
from domain.case.lifecycle import (
    FINAL_STATUSES,
    CaseStatus,
    ClosureReason,
    DeEscalationCriterion,
    TransitionName,
    find_transition,
)
from domain.case.model import ParticipationRole

T = TransitionName
S = CaseStatus


class CasesMixin(AssessmentsMixin, PlansMixin, PersonsMixin):
    """The rows of one case and its audit events, case by case in opening order."""

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
        approved: tuple[datetime, str | None] | None = None
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
            if name is T.APPROVE_PLAN:
                approved = (at, decision)
            if name is T.INCLUDE:
                include_at = at
        final_at = applied[-1][1] if status in FINAL_STATUSES else None
        end = final_at or now
        changes = [opened] + ([assigned_at] if assigned_at else []) + [a for _, a, _ in applied]

        # Escalation level: only moves once the case is in the approach, never after it ended.
        level = peak = 0
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
                    (case_id, seq, level, to_level, reason, decision, compact_json([c.value for c in criteria]),
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
        if rng.random() < BENCH_PARTNER_SHARE or not self.bench_partner_cases:
            partner_orgs.append(self.bench_org.id)
            self.bench_partner_cases += 1
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

        # Assessments, from intake on.
        if include_at is not None:
            assessed = AssessedCase(case_id, person_id, end, status not in FINAL_STATUSES, parts, actor)
            self.assess_case(assessed, include_at, peak, level)
        if approved is not None:
            ongoing = status not in FINAL_STATUSES
            self.plan_case(PlannedCase(case_id, person_id, approved[0], approved[1], end, ongoing, parts, actor))

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
