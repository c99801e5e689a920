"""Which use cases a record shows, and how the CLI and dialog name and filter them."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from leitplanken.domain.model import Person, Status, UseCase, Workspace
from leitplanken.domain.pilot import is_pilot_trap

#: Letters Unicode does not decompose but readers file under a base letter (Ł → L, ß → ss).
_BASE_LETTERS = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d",
                               "ß": "ss", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe"})


def folded(text: str) -> str:
    """Text compared without case and accents ("Müller" = "muller"), spaces squeezed."""
    decomposed = unicodedata.normalize("NFKD", (text or "").translate(_BASE_LETTERS))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(plain.split())


@dataclass
class Filters:
    """What narrows the chosen use cases: every filter that is set must match.

    Within one filter any value matches (status pilot *or* evaluation); an empty filter lets
    everything through. Owners are person UUIDs (see `match_people` for names).
    """

    statuses: list[Status] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    owner_uuids: list[str] = field(default_factory=list)
    #: Only pilots past the company's pilot-trap threshold.
    pilot_trap: bool = False

    def active(self) -> bool:
        """Whether any filter is set."""
        return bool(self.statuses or self.tags or self.owner_uuids or self.pilot_trap)

    def matches(self, uc: UseCase, today: date, pilot_trap_after: int) -> bool:
        """Whether one use case passes every filter that is set."""
        if self.statuses and Status(uc.status) not in self.statuses:
            return False
        if self.tags:
            wanted = {folded(t) for t in self.tags}
            if wanted.isdisjoint(folded(t) for t in uc.tags):
                return False
        if self.owner_uuids and uc.owner_uuid not in self.owner_uuids:
            return False
        return not self.pilot_trap or is_pilot_trap(uc, today, pilot_trap_after)


def default_use_cases(workspace: Workspace) -> list[UseCase]:
    """Every use case that is not stopped, in workspace order (what the board usually sees)."""
    return [uc for uc in workspace.use_cases if uc.status != Status.STOPPED]


def choose_use_cases(workspace: Workspace, uuids: list[str] | None) -> list[UseCase]:
    """The chosen use cases in workspace order; None means the default choice.

    Raises KeyError naming the first UUID the workspace does not know.
    """
    if uuids is None:
        return default_use_cases(workspace)
    known = {uc.uuid for uc in workspace.use_cases}
    for uuid in uuids:
        if uuid not in known:
            raise KeyError(uuid)
    wanted = set(uuids)
    return [uc for uc in workspace.use_cases if uc.uuid in wanted]


def filtered_use_cases(workspace: Workspace, uuids: list[str] | None, filters: Filters,
                       today: date) -> list[UseCase]:
    """The chosen use cases that pass the filters, in workspace order.

    Without named use cases a status filter looks at every use case (asking for stopped ones
    must find them); without either, the default choice is filtered.
    """
    if uuids is None and filters.statuses:
        base = list(workspace.use_cases)
    else:
        base = choose_use_cases(workspace, uuids)
    after = workspace.company.pilot_trap_days
    return [uc for uc in base if filters.matches(uc, today, after)]


def match_people(workspace: Workspace, name: str) -> list[Person]:
    """People whose name is `name` without regard to case and accents; else those containing it.

    "muller" finds "Müller"; "Anna" finds "Anna Keller" when nobody is called just "Anna".
    """
    wanted = folded(name)
    if not wanted:
        return []
    exact = [p for p in workspace.people if folded(p.name) == wanted]
    return exact or [p for p in workspace.people if wanted in folded(p.name)]


def owners_in_use(workspace: Workspace) -> list[Person]:
    """People who own at least one use case, by name (the dialog's owner filter offers them)."""
    owning = {uc.owner_uuid for uc in workspace.use_cases if uc.owner_uuid}
    return sorted((p for p in workspace.people if p.uuid in owning), key=lambda p: folded(p.name))


def tags_in_use(use_cases: Iterable[UseCase]) -> list[str]:
    """Every tag used, once each (the first spelling met), sorted without case and accents."""
    seen: dict[str, str] = {}
    for uc in use_cases:
        for tag in uc.tags:
            if tag.strip():
                seen.setdefault(folded(tag), tag.strip())
    return [seen[key] for key in sorted(seen)]


def resolve_use_case(workspace: Workspace, ident: str) -> list[UseCase]:
    """Use cases matching what a user typed: a full UUID, a UUID prefix or the exact title."""
    ident = ident.strip()
    exact = [uc for uc in workspace.use_cases if uc.uuid == ident]
    if exact:
        return exact
    if len(ident) >= 4:
        prefixed = [uc for uc in workspace.use_cases if uc.uuid.startswith(ident.lower())]
        if prefixed:
            return prefixed
    folded_ident = ident.casefold()
    return [uc for uc in workspace.use_cases if uc.title.strip().casefold() == folded_ident]
