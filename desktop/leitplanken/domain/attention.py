"""The dashboard's attention list: what needs someone's action now, most serious first.

Pilot traps, overdue checklist items, invalid RACI matrices, reviews due and people carrying too
much. Each entry is a Finding that points at the use case and the tab where to act.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from leitplanken.domain.digest import DueItem, UseCaseDigest, digest
from leitplanken.domain.finding import Finding, sorted_findings
from leitplanken.domain.load import Digests, bottlenecks
from leitplanken.domain.model import Status, UseCase, Workspace
from leitplanken.domain.pilot import is_pilot_trap_since, pilot_trap_finding_since
from leitplanken.domain.raci import People

#: How far ahead a review counts as "due" on the dashboard.
REVIEW_HORIZON_DAYS = 14

#: Use cases whose RACI must already hold (an idea may still be sketched; stopped ones are over).
_RACI_CHECKED = frozenset({Status.EVALUATION, Status.PILOT, Status.OPERATION})
#: Use cases that ask nothing of anybody any more.
_CLOSED = frozenset({Status.STOPPED})


def overdue_items(use_case: UseCase, today: date,
                  due_items: tuple[DueItem, ...] | None = None) -> list[Finding]:
    """Enabled checklist items past their due date and neither done nor N/A.

    `due_items` are the use case's open dated items from its digest (read from its checklist
    when not given).
    """
    if due_items is None:
        due_items = digest(use_case, ()).due_items
    return [
        Finding(
            "checklist.overdue",
            "warning",
            use_case.uuid,
            item_uuid=item.item_uuid,
            person_uuids=(item.owner_uuid,) if item.owner_uuid else (),
            params={"tab": "checklist", "due": item.due, "days": (today - item.due).days,
                    "item_key": item.catalogue_key, "item_title": item.title,
                    "item_category": item.category},
            on=item.due,
        )
        for item in due_items
        if item.due < today
    ]


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


def raci_attention(use_case: UseCase, people: People,
                   errors: tuple[Finding, ...] | None = None) -> Finding | None:
    """One entry per use case whose RACI has errors (the matrix shows the details).

    `errors` are the matrix's errors from the use case's digest (checked now when not given).
    """
    if use_case.status not in _RACI_CHECKED:
        return None
    if errors is None:
        errors = digest(use_case, people).raci_errors
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


def attention_items(workspace: Workspace, today: date,
                    digests: Digests | None = None) -> list[Finding]:
    """Everything the dashboard lists, sorted by severity, then date, then use-case order.

    `digests` (by use-case UUID) stand for the use cases' children, so a workspace opened
    without them is judged as a fully read one; without them they are computed here.
    """
    company = workspace.company
    if digests is None:
        digests = {uc.uuid: digest(uc, workspace) for uc in workspace.use_cases}
    found: list[Finding] = []
    for uc in workspace.use_cases:
        if uc.status in _CLOSED:
            continue
        d: UseCaseDigest | None = digests.get(uc.uuid)
        if d is None:
            continue
        trap = pilot_trap_finding_since(uc, d.last_movement, today, company.pilot_trap_days)
        if trap is not None:
            found.append(trap)
        found.extend(overdue_items(uc, today, d.due_items))
        raci = raci_attention(uc, workspace, d.raci_errors)
        if raci is not None:
            found.append(raci)
    found.extend(reviews_due(workspace.use_cases, today))
    found.extend(bottlenecks(workspace, digests))
    return sorted_findings(found)


def is_trap(use_case: UseCase, today: date, threshold: int,
            use_case_digest: UseCaseDigest) -> bool:
    """The pilot trap judged from a digest (the register's column, without the children)."""
    return is_pilot_trap_since(use_case, use_case_digest.last_movement, today, threshold)
