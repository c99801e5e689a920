"""The pilot trap (Pilot-Falle): a pilot that worked, and then nothing happened.

The article's warning: prototypes are not carried into everyday work because day-to-day
capacity is missing. A pilot whose last decision (or, failing that, its start) lies longer back
than the company's threshold is flagged, so the board has to decide: go live, extend, or stop.
"""

from __future__ import annotations

from datetime import date

from leitplanken.domain.finding import Finding
from leitplanken.domain.model import Status, UseCase

#: The default threshold in days; the company can set its own (Company.pilot_trap_days).
DEFAULT_PILOT_TRAP_DAYS = 90


def last_movement(use_case: UseCase) -> date:
    """The date a pilot's clock runs from: latest decision, else pilot start, else creation."""
    if use_case.decisions:
        return max(d.decided_on for d in use_case.decisions)
    return use_case.pilot_start or use_case.created_on


def pilot_trap_days(use_case: UseCase, today: date, since: date | None = None) -> int | None:
    """Days a pilot has gone without a decision; None when the use case is not a pilot.

    `since` is the use case's last movement when already known (from its digest).
    """
    if use_case.status != Status.PILOT:
        return None
    return max(0, (today - (since or last_movement(use_case))).days)


def is_pilot_trap(use_case: UseCase, today: date, threshold: int = DEFAULT_PILOT_TRAP_DAYS) -> bool:
    """Whether a pilot has waited longer than `threshold` days for a decision."""
    return is_pilot_trap_since(use_case, None, today, threshold)


def is_pilot_trap_since(use_case: UseCase, since: date | None, today: date,
                        threshold: int = DEFAULT_PILOT_TRAP_DAYS) -> bool:
    """As is_pilot_trap, with the last movement given (None: read from the decisions)."""
    if use_case.status != Status.PILOT:  # before the decisions are looked at
        return False
    age = pilot_trap_days(use_case, today, since)
    return age is not None and age > max(0, threshold)


def pilot_trap_finding(use_case: UseCase, today: date,
                       threshold: int = DEFAULT_PILOT_TRAP_DAYS) -> Finding | None:
    """The dashboard's pilot-trap warning for one use case, pointing at its decision log."""
    return pilot_trap_finding_since(use_case, None, today, threshold)


def pilot_trap_finding_since(use_case: UseCase, since: date | None, today: date,
                             threshold: int = DEFAULT_PILOT_TRAP_DAYS) -> Finding | None:
    """As pilot_trap_finding, with the last movement given (None: read from the decisions)."""
    if not is_pilot_trap_since(use_case, since, today, threshold):
        return None
    since = since or last_movement(use_case)
    return Finding(
        "pilot_trap",
        "warning",
        use_case.uuid,
        params={"tab": "decisions", "days": (today - since).days, "threshold": threshold,
                "since": since},
        on=since,
    )
