"""Decisions move a use case: the status changes only through a recorded, append-only decision.

A mistake is never edited away: a new entry refers to the old one (`corrects_uuid`). Going to
regular operation while the readiness check still lists gaps is allowed, but only with an
explicit reason that the decision record (PDF) shows.
"""

from __future__ import annotations

from leitplanken.domain.finding import Finding
from leitplanken.domain.model import DECISION_TARGET, Decision, DecisionKind, Status, UseCase
from leitplanken.domain.raci import People
from leitplanken.domain.readiness import is_ready


class DecisionError(ValueError):
    """A decision that must not be recorded; `findings` say why (texts via finding_text)."""

    def __init__(self, findings: list[Finding]) -> None:
        """Keeps the findings; the message lists their codes for logs and tests."""
        super().__init__(", ".join(f.code for f in findings))
        self.findings = findings


def target_status(kind: DecisionKind) -> Status | None:
    """The status a decision of this kind leads to; None keeps the current status."""
    return DECISION_TARGET[DecisionKind(kind)]


def needs_readiness_reason(uc: UseCase, people: People, kind: DecisionKind) -> bool:
    """Whether this decision needs a readiness override reason (go-live with gaps left)."""
    return target_status(kind) == Status.OPERATION and not is_ready(uc, people)


def validate_decision(uc: UseCase, decision: Decision, people: People) -> list[Finding]:
    """Everything that forbids recording this decision on this use case (empty when it is fine)."""
    found: list[Finding] = []

    def add(code: str, **params: object) -> None:
        found.append(Finding(code, "error", uc.uuid, params={"tab": "decisions", **params}))

    if decision.use_case_uuid and decision.use_case_uuid != uc.uuid:
        add("decision.wrong_use_case")
    if any(d.uuid == decision.uuid for d in uc.decisions):
        add("decision.already_recorded")
    if decision.corrects_uuid is not None:
        if decision.corrects_uuid == decision.uuid:
            add("decision.corrects_itself")
        elif not any(d.uuid == decision.corrects_uuid for d in uc.decisions):
            add("decision.correction_unknown")
    if decision.kind == DecisionKind.EXTEND_PILOT and uc.status != Status.PILOT:
        add("decision.extend_not_pilot", status=uc.status.value)
    if decision.next_review is not None and decision.next_review < decision.decided_on:
        add("decision.review_before_decision", date=decision.next_review)
    reason = decision.readiness_override.strip()
    if needs_readiness_reason(uc, people, decision.kind) and not reason:
        add("decision.reason_required", field="readiness_override")
    return found


def apply_decision(uc: UseCase, decision: Decision, people: People | None = None) -> Status | None:
    """Appends a decision to the log and moves status and dates; returns the new status.

    Start pilot sets the pilot start, go-live the go-live date, and a decision with a review
    date sets the next review (a stop clears it). Returns None when the status stays (a
    "change" entry). Raises DecisionError when `validate_decision` finds a problem; pass
    `people` so the readiness override rule is checked too (without it only the log rules are).
    """
    findings = validate_decision(uc, decision, people if people is not None else {})
    if people is None:
        findings = [f for f in findings if f.code != "decision.reason_required"]
    if findings:
        raise DecisionError(findings)
    if not decision.use_case_uuid:
        decision.use_case_uuid = uc.uuid
    uc.decisions.append(decision)
    target = target_status(decision.kind)
    if decision.kind == DecisionKind.START_PILOT:
        uc.pilot_start = decision.decided_on
    elif decision.kind == DecisionKind.GO_LIVE:
        uc.go_live = decision.decided_on
    if decision.next_review is not None:
        uc.next_review = decision.next_review
    elif target == Status.STOPPED:
        uc.next_review = None
    if target is not None:
        uc.status = target
    return target


def corrections_of(uc: UseCase, decision_uuid: str) -> list[Decision]:
    """Later entries that correct a decision, so a log view can show it as corrected."""
    return [d for d in uc.decisions if d.corrects_uuid == decision_uuid]


def decision_log(uc: UseCase) -> list[Decision]:
    """The log in the order it happened: by decision date, then by the order it was recorded."""
    order = {d.uuid: i for i, d in enumerate(uc.decisions)}
    return sorted(uc.decisions, key=lambda d: (d.decided_on, d.recorded_at, order[d.uuid]))
