"""Decisions: status and dates follow the log, corrections refer back, go-live with gaps needs a reason."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from domain_factories import TODAY, ready_use_case

from leitplanken.domain.decisions import (
    DecisionError,
    apply_decision,
    corrections_of,
    decision_log,
    needs_readiness_reason,
    target_status,
    validate_decision,
)
from leitplanken.domain.model import DECISION_TARGET, Decision, DecisionKind, Status, UseCase


def decide(uc: UseCase, kind: DecisionKind, on: date = TODAY, **kw) -> Decision:
    return Decision(use_case_uuid=uc.uuid, kind=kind, decided_on=on, **kw)


@pytest.mark.parametrize("kind", list(DecisionKind))
def test_target_status_follows_the_model(kind):
    assert target_status(kind) == DECISION_TARGET[kind]


def test_start_pilot_sets_status_and_pilot_start():
    uc = UseCase(title="x", status=Status.EVALUATION)
    review = TODAY + timedelta(days=90)
    d = decide(uc, DecisionKind.START_PILOT, next_review=review)
    assert apply_decision(uc, d) == Status.PILOT
    assert uc.status == Status.PILOT
    assert uc.pilot_start == TODAY
    assert uc.next_review == review
    assert uc.decisions == [d]


def test_go_live_sets_go_live_date():
    uc, people = ready_use_case()
    uc.status = Status.PILOT
    assert apply_decision(uc, decide(uc, DecisionKind.GO_LIVE), people) == Status.OPERATION
    assert uc.go_live == TODAY


def test_change_keeps_status_and_stop_clears_review():
    uc = UseCase(title="x", status=Status.PILOT, next_review=TODAY)
    assert apply_decision(uc, decide(uc, DecisionKind.CHANGE)) is None
    assert uc.status == Status.PILOT
    assert apply_decision(uc, decide(uc, DecisionKind.STOP)) == Status.STOPPED
    assert uc.next_review is None


def test_go_live_with_gaps_needs_a_reason():
    uc, people = ready_use_case()
    uc.status = Status.PILOT
    assert not needs_readiness_reason(uc, people, DecisionKind.GO_LIVE)
    uc.boundary = ""
    assert needs_readiness_reason(uc, people, DecisionKind.GO_LIVE)
    assert not needs_readiness_reason(uc, people, DecisionKind.EXTEND_PILOT)
    plain = decide(uc, DecisionKind.GO_LIVE)
    codes = [f.code for f in validate_decision(uc, plain, people)]
    assert codes == ["decision.reason_required"]
    with pytest.raises(DecisionError) as err:
        apply_decision(uc, plain, people)
    assert err.value.findings[0].params["field"] == "readiness_override"
    assert uc.status == Status.PILOT and uc.decisions == []
    reasoned = decide(uc, DecisionKind.GO_LIVE, readiness_override="Boundary agreed orally, written by May")
    assert apply_decision(uc, reasoned, people) == Status.OPERATION


def test_correction_must_refer_to_an_earlier_decision_of_the_same_use_case():
    uc = UseCase(title="x", status=Status.EVALUATION)
    other = UseCase(title="y")
    first = decide(uc, DecisionKind.START_PILOT, on=TODAY - timedelta(days=10))
    apply_decision(uc, first)
    foreign = decide(other, DecisionKind.CHANGE)
    other.decisions.append(foreign)
    wrong = decide(uc, DecisionKind.CHANGE, corrects_uuid=foreign.uuid)
    assert [f.code for f in validate_decision(uc, wrong, [])] == ["decision.correction_unknown"]
    fix = decide(uc, DecisionKind.START_PILOT, on=TODAY - timedelta(days=8),
                 corrects_uuid=first.uuid, rationale="Date was wrong")
    apply_decision(uc, fix)
    assert corrections_of(uc, first.uuid) == [fix]
    assert uc.pilot_start == TODAY - timedelta(days=8)
    # History is kept: the corrected entry is still there, unchanged.
    assert uc.decisions == [first, fix]
    assert first.decided_on == TODAY - timedelta(days=10)


def test_append_only_a_recorded_decision_cannot_be_recorded_again():
    uc = UseCase(title="x")
    d = decide(uc, DecisionKind.START_EVALUATION)
    apply_decision(uc, d)
    with pytest.raises(DecisionError, match="decision.already_recorded"):
        apply_decision(uc, d)
    assert len(uc.decisions) == 1


def test_other_invalid_decisions():
    uc = UseCase(title="x", status=Status.IDEA)
    self_ref = decide(uc, DecisionKind.CHANGE)
    self_ref.corrects_uuid = self_ref.uuid
    assert [f.code for f in validate_decision(uc, self_ref, [])] == ["decision.corrects_itself"]
    extend = decide(uc, DecisionKind.EXTEND_PILOT)
    assert [f.code for f in validate_decision(uc, extend, [])] == ["decision.extend_not_pilot"]
    backwards = decide(uc, DecisionKind.CHANGE, next_review=TODAY - timedelta(days=1))
    assert [f.code for f in validate_decision(uc, backwards, [])] == [
        "decision.review_before_decision"]
    elsewhere = Decision(use_case_uuid="other", kind=DecisionKind.CHANGE)
    assert [f.code for f in validate_decision(uc, elsewhere, [])] == ["decision.wrong_use_case"]


def test_log_order_is_by_date_then_recording():
    uc = UseCase(title="x")
    late = decide(uc, DecisionKind.START_PILOT, on=TODAY)
    early = decide(uc, DecisionKind.START_EVALUATION, on=TODAY - timedelta(days=30))
    apply_decision(uc, late)
    apply_decision(uc, early)
    assert decision_log(uc) == [early, late]
