"""One copy of a workspace as merge sees it: flat records by UUID, tombstones, versions seen.

Merging works record by record, so the nested Workspace (use cases holding their RACI cells,
checklist items, ...) is flattened into one dictionary keyed by UUID and assembled back
afterwards. `seen` holds, per UUID, every `modified_at` stamp the copy's history knows for
that record: the versions this copy has passed through. It is what lets merge tell "only the
other side changed this" from "both sides changed this" without a stored common ancestor.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields

from leitplanken.domain import fields as decl
from leitplanken.domain.model import (
    BoardMember,
    Company,
    Person,
    Record,
    System,
    UseCase,
    Workspace,
)

#: Record kinds by the name merge uses for them (also the `kind` of a Tombstone).
KINDS: dict[str, type[Record]] = {rt.cls.__name__: rt.cls for rt in decl.RECORD_TYPES}

#: The lists of a UseCase that hold its children (stored as rows of their own).
CHILD_LISTS: dict[str, type[Record]] = {
    str(rt.collection): rt.cls for rt in decl.use_case_children()
}

_STAMPS = ("uuid", "modified_at", "revision")


@dataclass(frozen=True)
class Tombstone:
    """A deletion: which record, of which kind, and when (UTC ISO), so a later edit can beat it."""

    uuid: str
    kind: str
    deleted_at: str
    revision: int = 0


@dataclass
class MergeState:
    """Everything merge needs of one copy; built by the storage adapter or by tests."""

    records: dict[str, Record] = field(default_factory=dict)
    tombstones: dict[str, Tombstone] = field(default_factory=dict)
    seen: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Full earlier versions the copy carries (uuid -> stamp -> record): the common ancestor a
    #: three-way merge of one record's fields needs (send copy writes them, see merge_apply).
    versions: dict[str, dict[str, Record]] = field(default_factory=dict)

    def knows(self, uuid: str, stamp: str) -> bool:
        """True when this copy has had the version of `uuid` stamped `stamp` at some point."""
        rec = self.records.get(uuid)
        if rec is not None and rec.modified_at == stamp:
            return True
        return stamp in self.seen.get(uuid, frozenset())

    def copy(self) -> MergeState:
        """A deep copy, so merge never changes the states it was given."""
        return MergeState(copy.deepcopy(self.records), dict(self.tombstones), dict(self.seen),
                          {u: dict(v) for u, v in self.versions.items()})


def content_fields(rec: Record) -> list[str]:
    """The fields that carry user data (not identity or stamps; not a use case's child lists)."""
    return list(_content_fields(type(rec)))


# _content_fields per record type. A dict rather than functools.cache: mypy does not see a
# type[...] value as Hashable, which cache asks for.
_CONTENT_FIELDS: dict[type[Record], tuple[str, ...]] = {}


def _content_fields(cls: type[Record]) -> tuple[str, ...]:
    """content_fields per record type, computed once (merging compares many records)."""
    names = _CONTENT_FIELDS.get(cls)
    if names is None:
        names = tuple(f.name for f in fields(cls) if f.name not in _STAMPS and f.name not in CHILD_LISTS)
        _CONTENT_FIELDS[cls] = names
    return names


def content(rec: Record) -> tuple[object, ...]:
    """A record's user data as a comparable tuple."""
    return tuple(getattr(rec, name) for name in _content_fields(type(rec)))


def same_version(a: Record, b: Record) -> bool:
    """True when two records are the same version: same stamps and same data."""
    if a is b:
        return True  # one record both copies hold alike (merge_apply shares it)
    return (a.modified_at, a.revision) == (b.modified_at, b.revision) and content(a) == content(b)


def kind_of(rec: Record) -> str:
    """The merge name of a record's kind."""
    return type(rec).__name__


def _without_children(uc: UseCase) -> UseCase:
    """A shallow copy of a use case with empty child lists (its children are records of their own)."""
    bare = copy.copy(uc)
    for name in CHILD_LISTS:
        setattr(bare, name, [])
    return bare


def flatten(ws: Workspace) -> dict[str, Record]:
    """Every record of a workspace by UUID; use cases without their child lists.

    The records are the workspace's own objects (a freshly loaded workspace is handed over;
    merge never changes the records it is given), so large workspaces flatten in no time.
    """
    out: dict[str, Record] = {ws.company.uuid: ws.company}
    for group in (ws.people, ws.board, ws.systems):
        for rec in group:
            out[rec.uuid] = rec
    for uc in ws.use_cases:
        out[uc.uuid] = _without_children(uc)
        for name in CHILD_LISTS:
            for child in getattr(uc, name):
                out[child.uuid] = child
    return out


def state_from_workspace(ws: Workspace, tombstones: list[Tombstone] | None = None,
                         seen: dict[str, frozenset[str]] | None = None) -> MergeState:
    """A MergeState from a loaded workspace plus what storage knows of deletions and history."""
    records = flatten(ws)
    stones = {t.uuid: t for t in (tombstones or []) if t.uuid not in records}
    return MergeState(records, stones, dict(seen or {}))


def _sort_key(rec: Record) -> tuple[object, ...]:
    """Stable order for assembled lists: the record's own sort field, then title/name, then UUID."""
    return (getattr(rec, "sort", 0), getattr(rec, "title", "") or getattr(rec, "name", ""),
            rec.uuid)


def to_workspace(state: MergeState) -> Workspace:
    """Assembles records back into a Workspace (children without a use case are left out)."""
    ws = Workspace()
    companies = [r for r in state.records.values() if isinstance(r, Company)]
    if companies:
        ws.company = copy.deepcopy(min(companies, key=lambda c: c.uuid))
    use_cases: dict[str, UseCase] = {}
    for rec in state.records.values():
        if isinstance(rec, UseCase):
            use_cases[rec.uuid] = _without_children(copy.deepcopy(rec))
    list_of = {cls: name for name, cls in CHILD_LISTS.items()}
    for rec in sorted(state.records.values(), key=_sort_key):
        if isinstance(rec, Person):
            ws.people.append(copy.deepcopy(rec))
        elif isinstance(rec, BoardMember):
            ws.board.append(copy.deepcopy(rec))
        elif isinstance(rec, System):
            ws.systems.append(copy.deepcopy(rec))
        elif type(rec) in list_of:
            # every child kind has use_case_uuid; Record, the declared type, does not
            parent = use_cases.get(rec.use_case_uuid)  # type: ignore[attr-defined]
            if parent is not None:
                getattr(parent, list_of[type(rec)]).append(copy.deepcopy(rec))
    ws.use_cases = sorted(use_cases.values(), key=lambda uc: (uc.title, uc.uuid))
    return ws
