"""The demo workspace: realistic, deterministic, translated, and showing every rule at work."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leitplanken.domain.demo import demo_workspace
from leitplanken.domain.model import BoardRole, DecisionKind, Status
from leitplanken.domain.rules import (
    attention_items,
    is_pilot_trap,
    is_ready,
    pilot_trap_days,
    problem_findings,
    raci_findings,
    vague_phrases,
)

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def de():
    return demo_workspace("de_CH", TODAY)


@pytest.fixture(scope="module")
def en():
    return demo_workspace("en", TODAY)


def by_status(ws, status):
    return [uc for uc in ws.use_cases if uc.status == status]


def test_company_people_board_and_systems(de):
    assert de.company.name == "Schreinerei Holzwerk Brunner AG"
    assert de.company.currency == "CHF"
    assert 18 <= len(de.people) <= 22
    externals = [p for p in de.people if not p.internal]
    assert len(externals) >= 3 and all(p.organisation for p in externals)
    assert "Łukasz Nowak" in {p.name for p in de.people}
    roles = {m.role for m in de.board}
    assert roles == {BoardRole.CHAIR, BoardRole.MINUTE_TAKER, BoardRole.MEMBER}
    assert all(de.person(m.person_uuid) for m in de.board)
    kinds = {s.kind for s in de.systems}
    assert {"CRM", "ERP", "E-Mail", "Website"} <= kinds


def test_use_cases_in_different_states_with_the_articles_examples(de):
    assert 5 <= len(de.use_cases) <= 6
    statuses = {uc.status for uc in de.use_cases}
    assert {Status.IDEA, Status.EVALUATION, Status.PILOT, Status.OPERATION} <= statuses
    titles = " ".join(uc.title for uc in de.use_cases)
    assert "Reklamationen" in titles and "zwei Stunden" in titles
    assert "Wiederkehrende Kundenanfragen" in titles
    assert "Textvorschläge für Offerten" in titles
    complaints = de.use_cases[0]
    assert complaints.customer_facing and complaints.status == Status.OPERATION
    assert is_ready(complaints, de)


def test_every_reference_resolves(de):
    people = {p.uuid for p in de.people}
    systems = {s.uuid for s in de.systems}
    for uc in de.use_cases:
        assert uc.owner_uuid in people
        assert {c.person_uuid for c in uc.cells} <= people
        assert {m.person_uuid for m in uc.members} == {c.person_uuid for c in uc.cells}
        assert {c.activity_uuid for c in uc.cells} <= {a.uuid for a in uc.activities}
        assert {s.system_uuid for s in uc.systems} <= systems
        assert {i.owner_uuid for i in uc.checklist if i.owner_uuid} <= people
        for child in uc.activities + uc.checklist + uc.cx + uc.decisions + uc.cells:
            assert child.use_case_uuid == uc.uuid


def test_uuids_are_unique(de):
    uuids = [de.company.uuid] + [r.uuid for r in de.people + de.board + de.systems]
    for uc in de.use_cases:
        uuids.append(uc.uuid)
        uuids += [r.uuid for r in uc.activities + uc.members + uc.cells + uc.checklist + uc.cx
                  + uc.decisions + uc.systems]
    assert len(uuids) == len(set(uuids))


def test_exactly_one_broken_matrix_with_two_accountables_and_an_external_one(de):
    broken = [uc for uc in de.use_cases if uc.status != Status.IDEA
              and any(f.severity == "error" for f in raci_findings(uc, de))]
    assert len(broken) == 1
    codes = {f.code for f in raci_findings(broken[0], de)}
    assert {"raci.several_accountable", "raci.external_accountable"} <= codes


def test_one_pilot_in_the_pilot_trap(de):
    trapped = [uc for uc in de.use_cases if is_pilot_trap(uc, TODAY, de.company.pilot_trap_days)]
    assert len(trapped) == 1
    assert pilot_trap_days(trapped[0], TODAY) == 150


def test_decision_logs_have_a_correction_and_a_go_live_override(de):
    decisions = [d for uc in de.use_cases for d in uc.decisions]
    corrections = [d for d in decisions if d.corrects_uuid]
    assert len(corrections) == 1
    uc = de.use_case(corrections[0].use_case_uuid)
    assert any(d.uuid == corrections[0].corrects_uuid for d in uc.decisions)
    overrides = [d for d in decisions if d.readiness_override]
    assert len(overrides) == 1 and overrides[0].kind == DecisionKind.GO_LIVE
    assert not is_ready(de.use_case(overrides[0].use_case_uuid), de)


def test_one_idea_with_a_vague_problem(de):
    (idea,) = by_status(de, Status.IDEA)
    assert vague_phrases(idea.problem)
    assert problem_findings(idea)[0].severity == "warning"


def test_attention_list_shows_every_kind(de):
    codes = {f.code for f in attention_items(de, TODAY)}
    assert {"raci.invalid", "pilot_trap", "checklist.overdue", "review.due", "review.overdue",
            "raci.bottleneck"} <= codes


def test_same_company_in_both_languages(de, en):
    assert [uc.uuid for uc in de.use_cases] == [uc.uuid for uc in en.use_cases]
    assert [p.uuid for p in de.people] == [p.uuid for p in en.people]
    assert [p.name for p in de.people] == [p.name for p in en.people]
    assert [uc.status for uc in de.use_cases] == [uc.status for uc in en.use_cases]
    for a, b in zip(de.use_cases, en.use_cases, strict=True):
        assert a.title != b.title
        assert [c.letter for c in a.cells] == [c.letter for c in b.cells]
    assert en.use_cases[1].title == "Answer recurring customer enquiries automatically"


@pytest.mark.parametrize("lang", ["de", "de_CH"])
def test_german_demo_uses_swiss_spelling(lang):
    ws = demo_workspace(lang, TODAY)
    assert "ß" not in repr(asdict(ws))
    assert ws.use_cases[0].title.startswith("Reklamationen")


def test_deterministic():
    assert demo_workspace("en", TODAY) == demo_workspace("en", TODAY)
    assert demo_workspace("de", TODAY) != demo_workspace("en", TODAY)


@settings(max_examples=15, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)))
def test_dates_move_with_today(today):
    """Whenever it is opened, the demo tells the same story relative to that day."""
    ws = demo_workspace("en", today)
    (trapped,) = [uc for uc in ws.use_cases if is_pilot_trap(uc, today, 90)]
    assert trapped.pilot_start == today - timedelta(days=150)
    assert all(uc.created_on <= today for uc in ws.use_cases)
    assert {f.code for f in attention_items(ws, today)} >= {"pilot_trap", "raci.invalid"}


def test_attention_list_is_sorted_by_severity_then_date(de):
    from leitplanken.domain.finding import SEVERITY_RANK

    found = attention_items(de, TODAY)
    ranks = [SEVERITY_RANK[f.severity] for f in found]
    assert ranks == sorted(ranks)
    for a, b in zip(found, found[1:], strict=False):
        if a.severity == b.severity and a.on and b.on:
            assert a.on <= b.on
