"""Pilot trap, overdue items, reviews due and the dashboard's attention list."""

from __future__ import annotations

from datetime import date, timedelta

from domain_factories import TODAY, person, set_letter, use_case_with_activities
from hypothesis import given
from hypothesis import strategies as st

from leitplanken.domain.model import (
    ChecklistItem,
    Company,
    Decision,
    DecisionKind,
    ItemState,
    Letter,
    Status,
    UseCase,
    Workspace,
)
from leitplanken.domain.rules import (
    attention_items,
    is_pilot_trap,
    last_movement,
    overdue_items,
    pilot_trap_days,
    pilot_trap_finding,
    reviews_due,
)


def pilot(start_days_ago: int | None, created_days_ago: int = 400) -> UseCase:
    return UseCase(
        title="Pilot",
        status=Status.PILOT,
        created_on=TODAY - timedelta(days=created_days_ago),
        pilot_start=None if start_days_ago is None else TODAY - timedelta(days=start_days_ago),
    )


def test_pilot_age_runs_from_pilot_start_without_decisions():
    uc = pilot(150)
    assert pilot_trap_days(uc, TODAY) == 150
    assert is_pilot_trap(uc, TODAY, 90)
    assert not is_pilot_trap(uc, TODAY, 150)


def test_latest_decision_restarts_the_clock():
    uc = pilot(150)
    uc.decisions.append(Decision(use_case_uuid=uc.uuid, kind=DecisionKind.START_PILOT,
                                 decided_on=TODAY - timedelta(days=150)))
    uc.decisions.append(Decision(use_case_uuid=uc.uuid, kind=DecisionKind.EXTEND_PILOT,
                                 decided_on=TODAY - timedelta(days=30)))
    assert last_movement(uc) == TODAY - timedelta(days=30)
    assert pilot_trap_days(uc, TODAY) == 30
    assert not is_pilot_trap(uc, TODAY)


def test_created_on_when_no_pilot_start():
    uc = pilot(None, created_days_ago=100)
    assert pilot_trap_days(uc, TODAY) == 100
    assert is_pilot_trap(uc, TODAY)


def test_only_pilots_can_be_trapped():
    uc = pilot(300)
    for status in (Status.IDEA, Status.EVALUATION, Status.OPERATION, Status.PAUSED, Status.STOPPED):
        uc.status = status
        assert pilot_trap_days(uc, TODAY) is None
        assert not is_pilot_trap(uc, TODAY)


def test_pilot_trap_finding_points_at_decisions():
    uc = pilot(150)
    finding = pilot_trap_finding(uc, TODAY, 90)
    assert finding is not None
    assert finding.code == "pilot_trap"
    assert finding.params["days"] == 150 and finding.params["threshold"] == 90
    assert finding.params["tab"] == "decisions"
    assert pilot_trap_finding(pilot(10), TODAY) is None


@given(st.integers(0, 1000), st.integers(0, 1000))
def test_trap_exactly_when_older_than_threshold(age, threshold):
    assert is_pilot_trap(pilot(age), TODAY, threshold) == (age > threshold)


def item(due: date | None, state: ItemState = ItemState.OPEN, enabled: bool = True) -> ChecklistItem:
    return ChecklistItem(title="x", due_date=due, state=state, enabled=enabled)


def test_overdue_items():
    uc = UseCase(title="UC")
    yesterday = TODAY - timedelta(days=1)
    uc.checklist = [
        item(yesterday),
        item(yesterday, ItemState.IN_PROGRESS),
        item(yesterday, ItemState.DONE),
        item(yesterday, ItemState.NOT_APPLICABLE),
        item(TODAY),
        item(None),
        item(yesterday, enabled=False),
    ]
    found = overdue_items(uc, TODAY)
    assert [f.item_uuid for f in found] == [uc.checklist[0].uuid, uc.checklist[1].uuid]
    assert found[0].params["days"] == 1 and found[0].params["tab"] == "checklist"


def test_reviews_due_overdue_first():
    soon = UseCase(title="soon", next_review=TODAY + timedelta(days=14))
    late = UseCase(title="late", next_review=TODAY - timedelta(days=3))
    later = UseCase(title="far", next_review=TODAY + timedelta(days=15))
    stopped = UseCase(title="stopped", status=Status.STOPPED, next_review=TODAY)
    found = reviews_due([soon, later, late, stopped], TODAY)
    assert [(f.code, f.use_case_uuid) for f in found] == [
        ("review.overdue", late.uuid),
        ("review.due", soon.uuid),
    ]
    assert found[0].severity == "warning" and found[1].severity == "hint"


def test_attention_list_collects_and_sorts():
    anna, ext = person("Anna Keller"), person("Marco Rossi", internal=False)
    ws = Workspace(company=Company(pilot_trap_days=90, bottleneck_threshold=2), people=[anna, ext])
    trapped = pilot(150)
    broken = use_case_with_activities("Answer for automated decisions")
    broken.status = Status.OPERATION
    set_letter(broken, broken.activities[0], ext, Letter.A)
    broken.next_review = TODAY + timedelta(days=3)
    idea = use_case_with_activities("Review")  # an idea's unfinished matrix is not flagged
    idea.checklist.append(item(TODAY - timedelta(days=10)))
    for uc in (trapped, idea):
        uc.activities.append(use_case_with_activities("x").activities[0])
        set_letter(uc, uc.activities[-1], anna, Letter.A)
    ws.use_cases = [idea, trapped, broken]
    found = attention_items(ws, TODAY)
    assert [f.code for f in found] == [
        "raci.invalid",
        "pilot_trap",
        "checklist.overdue",
        "raci.bottleneck",
        "review.due",
    ]
    assert found[0].use_case_uuid == broken.uuid
    assert found[0].person_uuids == (ext.uuid,)
    assert found[1].use_case_uuid == trapped.uuid
    assert found[3].person_uuids == (anna.uuid,)


def test_stopped_use_cases_need_no_attention():
    uc = pilot(300)
    uc.status = Status.STOPPED
    uc.checklist.append(item(TODAY - timedelta(days=5)))
    assert attention_items(Workspace(use_cases=[uc]), TODAY) == []
