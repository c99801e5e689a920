"""A use case's digest: what the register and the dashboard need of it, without its children.

A large workspace is opened with its use cases' own fields only (a use case's checklist, RACI
matrix and decisions are read when it is opened). The register's readiness column, the pilot
trap, overdue items, invalid matrices and people's load come from each use case's children,
so the rules condense them here into a few facts that do not depend on the day: readiness
counts, the date the pilot clock runs from, the open items that have a due date, the matrix's
errors and who holds an A or an R on how many activities. The judgements that depend on the
day ("overdue", "a pilot trap") are made from these facts when shown, by the same rules.

Storage keeps one digest per use case in the file, refreshed on every write (docs/PERFORMANCE.md).
`RULES_VERSION` changes whenever a rule feeding a digest changes, so stored digests made by
other rules are recomputed rather than trusted.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from leitplanken.domain.finding import Finding
from leitplanken.domain.model import ItemState, Letter, UseCase
from leitplanken.domain.pilot import last_movement
from leitplanken.domain.raci import People, raci_findings
from leitplanken.domain.readiness import readiness

#: Raised whenever what a digest holds, or a rule computing it, changes.
RULES_VERSION = 1


@dataclass(frozen=True)
class DueItem:
    """An enabled checklist item with a due date that is neither done nor not applicable."""

    item_uuid: str
    due: date
    owner_uuid: str | None = None
    #: What names the item in a sentence, so the dashboard words it without the checklist.
    catalogue_key: str | None = None
    title: str = ""
    category: str = ""


@dataclass(frozen=True)
class UseCaseDigest:
    """The facts of one use case's children that screens listing every use case need."""

    use_case_uuid: str
    readiness_done: int
    readiness_total: int
    #: How many readiness gaps remain (0: ready for regular operation).
    readiness_open: int
    #: The date a pilot's clock runs from (latest decision, else pilot start, else creation).
    last_movement: date
    #: Open items with a due date, in checklist order (overdue is judged against the day).
    due_items: tuple[DueItem, ...] = ()
    #: The RACI matrix's errors (the dashboard names the first and counts them).
    raci_errors: tuple[Finding, ...] = ()
    #: Per person, on how many activities they hold the A / the R.
    accountable: tuple[tuple[str, int], ...] = ()
    responsible: tuple[tuple[str, int], ...] = ()

    @property
    def ready(self) -> bool:
        """Whether nothing is missing before regular operation."""
        return self.readiness_open == 0

    @property
    def readiness_fraction(self) -> float:
        """Share of readiness criteria met, 0.0 … 1.0 (1.0 when nothing is asked)."""
        return self.readiness_done / self.readiness_total if self.readiness_total else 1.0


def digest(use_case: UseCase, people: People) -> UseCaseDigest:
    """Condenses a use case with its children into its digest, by the rules themselves."""
    ready = readiness(use_case, people)
    due = tuple(
        DueItem(item.uuid, item.due_date, item.owner_uuid, item.catalogue_key, item.title,
                str(item.category))
        for item in use_case.checklist
        if item.enabled and item.due_date is not None
        and item.state not in (ItemState.DONE, ItemState.NOT_APPLICABLE)
    )
    by_uuid = {a.uuid: a for a in use_case.activities}

    def named(f: Finding) -> Finding:
        """The error with its activity's name (a sentence about it needs no matrix)."""
        a = by_uuid.get(f.activity_uuid or "")
        if a is None:
            return f
        return replace(f, params={**f.params, "activity_key": a.catalogue_key,
                                  "activity_title": a.title})

    errors = tuple(named(f) for f in raci_findings(use_case, people) if f.severity == "error")
    activities = set(by_uuid)
    held: dict[Letter, set[tuple[str, str]]] = {Letter.A: set(), Letter.R: set()}
    for cell in use_case.cells:
        if cell.activity_uuid in activities and cell.letter in held:
            held[Letter(cell.letter)].add((cell.person_uuid, cell.activity_uuid))

    def per_person(pairs: set[tuple[str, str]]) -> tuple[tuple[str, int], ...]:
        """Activities per person, in a stable order (so equal use cases give equal digests)."""
        return tuple(sorted(Counter(person for person, _activity in pairs).items()))

    return UseCaseDigest(
        use_case_uuid=use_case.uuid,
        readiness_done=ready.done,
        readiness_total=ready.total,
        readiness_open=len(ready.gaps),
        last_movement=last_movement(use_case),
        due_items=due,
        raci_errors=errors,
        accountable=per_person(held[Letter.A]),
        responsible=per_person(held[Letter.R]),
    )
