"""The dashboard's attention list: what needs someone's action now, most serious first.

Pilot traps, overdue checklist items, invalid RACI matrices, reviews due and people carrying too
much. Each entry is a Finding that points at the use case and the tab where to act.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from leitplanken.domain.finding import Finding, sorted_findings
from leitplanken.domain.model import ItemState, Status, UseCase, Workspace
from leitplanken.domain.pilot import pilot_trap_finding
from leitplanken.domain.raci import People, bottlenecks, raci_findings

#: How far ahead a review counts as "due" on the dashboard.
REVIEW_HORIZON_DAYS = 14

#: Use cases whose RACI must already hold (an idea may still be sketched; stopped ones are over).
_RACI_CHECKED = frozenset({Status.EVALUATION, Status.PILOT, Status.OPERATION})
#: Use cases that ask nothing of anybody any more.
_CLOSED = frozenset({Status.STOPPED})


def overdue_items(use_case: UseCase, today: date) -> list[Finding]:
    """Enabled checklist items past their due date and neither done nor N/A."""
    found = []
    for item in use_case.checklist:
        if not item.enabled or item.due_date is None or item.due_date >= today:
            continue
        if item.state in (ItemState.DONE, ItemState.NOT_APPLICABLE):
            continue
        found.append(
            Finding(
                "checklist.overdue",
                "warning",
                use_case.uuid,
                item_uuid=item.uuid,
                person_uuids=(item.owner_uuid,) if item.owner_uuid else (),
                params={"tab": "checklist", "due": item.due_date,
                        "days": (today - item.due_date).days},
                on=item.due_date,
            )
        )
    return found


def review_finding(use_case: UseCase, today: date,
                   horizon: int = REVIEW_HORIZON_DAYS) -> Finding | None:
    """A review overdue (warning) or due within `horizon` days (hint); None otherwise."""
    review = use_case.next_review
    if review is None or use_case.status in _CLOSED or review > today + timedelta(days=horizon):
        return None
    overdue = review < today
    return Finding(
        "review.overdue" if overdue else "review.due",
        "warning" if overdue else "hint",
        use_case.uuid,
        params={"tab": "decisions", "date": review, "days": abs((today - review).days)},
        on=review,
    )


def reviews_due(use_cases: Iterable[UseCase], today: date,
                horizon: int = REVIEW_HORIZON_DAYS) -> list[Finding]:
    """Reviews overdue or coming up, overdue (oldest) first."""
    found = [f for uc in use_cases if (f := review_finding(uc, today, horizon)) is not None]
    return sorted(found, key=lambda f: (f.code != "review.overdue", f.on or date.max))


def raci_attention(use_case: UseCase, people: People) -> Finding | None:
    """One entry per use case whose RACI has errors (the matrix shows the details)."""
    if use_case.status not in _RACI_CHECKED:
        return None
    errors = [f for f in raci_findings(use_case, people) if f.severity == "error"]
    if not errors:
        return None
    involved = tuple(dict.fromkeys(p for f in errors for p in f.person_uuids))
    return Finding(
        "raci.invalid",
        "error",
        use_case.uuid,
        activity_uuid=errors[0].activity_uuid,
        person_uuids=involved,
        params={"tab": "raci", "errors": len(errors), "codes": sorted({f.code for f in errors}),
                "first": errors[0]},  # worded by the dashboard without checking the matrix again
    )


def attention_items(workspace: Workspace, today: date) -> list[Finding]:
    """Everything the dashboard lists, sorted by severity, then date, then use-case order."""
    company = workspace.company
    found: list[Finding] = []
    for uc in workspace.use_cases:
        if uc.status in _CLOSED:
            continue
        trap = pilot_trap_finding(uc, today, company.pilot_trap_days)
        if trap is not None:
            found.append(trap)
        found.extend(overdue_items(uc, today))
        raci = raci_attention(uc, workspace)
        if raci is not None:
            found.append(raci)
    found.extend(reviews_due(workspace.use_cases, today))
    found.extend(bottlenecks(workspace))
    return sorted_findings(found)
