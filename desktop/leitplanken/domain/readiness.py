"""Readiness for regular operation (Betriebsreife): what is still missing before a pilot goes live.

"Für Kunden gibt es keine Pilotphase": before a use case reaches customers as a stable process,
the three questions are answered, the roles are clear, the checklist is worked through and the
customer experience was looked at. The check lists each gap with the place to fix it, so the
user sees what to do rather than a score; the score (done/total) is there for table columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from leitplanken.domain.finding import Finding, Severity
from leitplanken.domain.model import (
    Category,
    ChecklistItem,
    CxQuestion,
    CxRating,
    ItemState,
    RiskClass,
    UseCase,
)
from leitplanken.domain.raci import People, raci_findings
from leitplanken.domain.text_hints import is_too_short, is_vague_only


@dataclass(frozen=True)
class Readiness:
    """How far a use case is from regular operation: criteria met, criteria total, the gaps."""

    done: int
    total: int
    gaps: list[Finding] = field(default_factory=list)

    @property
    def fraction(self) -> float:
        """Share of criteria met, 0.0 … 1.0 (1.0 when nothing is asked)."""
        return self.done / self.total if self.total else 1.0

    @property
    def ready(self) -> bool:
        """Whether nothing is missing."""
        return not self.gaps


def item_resolved(item: ChecklistItem) -> bool:
    """Done, or not applicable with a reason (N/A without a reason does not count)."""
    if item.state == ItemState.DONE:
        return True
    return item.state == ItemState.NOT_APPLICABLE and bool(item.na_reason.strip())


def counts_for_readiness(item: ChecklistItem) -> bool:
    """Enabled items that are required, and every enabled data-protection item."""
    return item.enabled and (item.required or item.category == Category.DATA_PROTECTION)


def readiness(use_case: UseCase, people: People) -> Readiness:
    """Checks every criterion of PRODUCT.md's readiness list and collects what is missing."""
    checks: list[list[Finding]] = [
        _problem(use_case),
        _relief(use_case),
        _boundary(use_case),
        _raci(use_case, people),
        *_checklist(use_case),
        *_cx(use_case),
        _risk(use_case),
    ]
    if use_case.customer_facing:
        checks.append(_response_target(use_case))
    if use_case.personal_data:
        checks.append(_personal_data(use_case))
    gaps = [f for check in checks for f in check]
    done = sum(1 for check in checks if not check)
    return Readiness(done=done, total=len(checks), gaps=gaps)


def readiness_gaps(use_case: UseCase, people: People) -> list[Finding]:
    """What is missing before regular operation, each finding pointing at its tab and field."""
    return readiness(use_case, people).gaps


def is_ready(use_case: UseCase, people: People) -> bool:
    """Whether a use case may go to regular operation without an explicit override reason."""
    return readiness(use_case, people).ready


def readiness_fraction(use_case: UseCase, people: People) -> float:
    """Criteria met as a share, for the register's readiness column."""
    return readiness(use_case, people).fraction


def _gap(use_case: UseCase, code: str, tab: str, field_name: str | None = None,
         severity: Severity = "warning", **extra: object) -> Finding:
    """A readiness gap with the editor tab (and field) where the user closes it."""
    params: dict[str, object] = {"tab": tab, **extra}
    if field_name:
        params["field"] = field_name
    return Finding(code, severity, use_case.uuid, params=params)


def _problem(uc: UseCase) -> list[Finding]:
    """The concrete problem: present, long enough, more than buzzwords."""
    if not uc.problem.strip():
        return [_gap(uc, "readiness.problem_missing", "overview", "problem")]
    if is_too_short(uc.problem) or is_vague_only(uc.problem):
        return [_gap(uc, "readiness.problem_unspecific", "overview", "problem")]
    return []


def _relief(uc: UseCase) -> list[Finding]:
    """Relief for customers or employees, at least one of them."""
    if uc.relief_customers.strip() or uc.relief_employees.strip():
        return []
    return [_gap(uc, "readiness.relief_missing", "overview", "relief_customers")]


def _boundary(uc: UseCase) -> list[Finding]:
    """Where automation ends and the human begins, in words."""
    if uc.boundary.strip():
        return []
    return [_gap(uc, "readiness.boundary_missing", "overview", "boundary")]


def _raci(uc: UseCase, people: People) -> list[Finding]:
    """A valid matrix: activities exist and no RACI error remains."""
    if not uc.activities or not uc.cells:
        return [_gap(uc, "readiness.raci_empty", "raci")]
    errors = [f for f in raci_findings(uc, people) if f.severity == "error"]
    if not errors:
        return []
    gap = _gap(uc, "readiness.raci_invalid", "raci", errors=len(errors))
    return [Finding(gap.code, gap.severity, uc.uuid, activity_uuid=errors[0].activity_uuid,
                    params=gap.params)]


def _checklist(uc: UseCase) -> list[list[Finding]]:
    """One criterion per item that counts; data-protection items have their own code."""
    checks: list[list[Finding]] = []
    for item in sorted(uc.checklist, key=lambda i: i.sort):
        if not counts_for_readiness(item):
            continue
        if item_resolved(item):
            checks.append([])
            continue
        field_name = "state"
        if item.state == ItemState.NOT_APPLICABLE:
            code, field_name = "readiness.item_na_reason", "na_reason"
        elif item.category == Category.DATA_PROTECTION:
            code = "readiness.data_protection_open"
        else:
            code = "readiness.item_open"
        checks.append([Finding(code, "warning", uc.uuid, item_uuid=item.uuid,
                               params={"tab": "checklist", "field": field_name},
                               on=item.due_date)])
    return checks


def _cx(uc: UseCase) -> list[list[Finding]]:
    """Each of the three CX questions rated (the note is welcome, the rating is required)."""
    checks: list[list[Finding]] = []
    for question in CxQuestion:
        answer = uc.cx_answer(question)
        if answer is not None and answer.rating != CxRating.NOT_RATED:
            checks.append([])
        else:
            checks.append([_gap(uc, "readiness.cx_unrated", "cx", question.value,
                                question=question.value)])
    return checks


def _response_target(uc: UseCase) -> list[Finding]:
    """Customer-facing use cases promise a response time ("within two hours")."""
    if uc.response_target.strip():
        return []
    return [_gap(uc, "readiness.response_target_missing", "cx", "response_target")]


def _personal_data(uc: UseCase) -> list[Finding]:
    """When personal data is involved, which data is written down."""
    if uc.personal_data_which.strip():
        return []
    return [_gap(uc, "readiness.personal_data_unlisted", "overview", "personal_data_which")]


def _risk(uc: UseCase) -> list[Finding]:
    """The EU AI Act risk class is assessed and is not a prohibited practice."""
    if uc.risk_class == RiskClass.PROHIBITED:
        return [_gap(uc, "readiness.risk_prohibited", "overview", "risk_class", severity="error")]
    if uc.risk_class == RiskClass.UNCLEAR:
        return [_gap(uc, "readiness.risk_unclear", "overview", "risk_class")]
    return []
