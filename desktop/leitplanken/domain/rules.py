"""One import for every rule the app enforces or warns about (the modules beside it hold them).

Callers (CLI `check`, dashboard, PDF) import from here so the rules can be reorganised without
touching them.
"""

from __future__ import annotations

from leitplanken.domain.attention import (
    REVIEW_HORIZON_DAYS,
    attention_items,
    overdue_items,
    raci_attention,
    review_finding,
    reviews_due,
)
from leitplanken.domain.finding import Finding, Severity, sort_key, sorted_findings, worst_severity
from leitplanken.domain.load import PersonLoad, bottlenecks, person_load
from leitplanken.domain.pilot import (
    DEFAULT_PILOT_TRAP_DAYS,
    is_pilot_trap,
    last_movement,
    pilot_trap_days,
    pilot_trap_finding,
)
from leitplanken.domain.raci import (
    People,
    people_map,
    raci_findings,
    raci_valid,
)
from leitplanken.domain.readiness import (
    Readiness,
    counts_for_readiness,
    is_ready,
    item_resolved,
    readiness,
    readiness_fraction,
    readiness_gaps,
)
from leitplanken.domain.text_hints import (
    is_concrete_problem,
    is_too_short,
    is_vague_only,
    problem_findings,
    vague_phrases,
)

__all__ = [
    "DEFAULT_PILOT_TRAP_DAYS",
    "REVIEW_HORIZON_DAYS",
    "Finding",
    "People",
    "PersonLoad",
    "Readiness",
    "Severity",
    "attention_items",
    "bottlenecks",
    "counts_for_readiness",
    "is_concrete_problem",
    "is_pilot_trap",
    "is_ready",
    "is_too_short",
    "is_vague_only",
    "item_resolved",
    "last_movement",
    "overdue_items",
    "people_map",
    "person_load",
    "pilot_trap_days",
    "pilot_trap_finding",
    "problem_findings",
    "raci_attention",
    "raci_findings",
    "raci_valid",
    "readiness",
    "readiness_fraction",
    "readiness_gaps",
    "review_finding",
    "reviews_due",
    "sort_key",
    "sorted_findings",
    "vague_phrases",
    "worst_severity",
]
