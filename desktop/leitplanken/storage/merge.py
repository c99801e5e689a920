"""Merging a colleague's copy into ours, record by record, without losing anything.

Pure logic over two MergeStates (records by UUID, tombstones, and the versions each copy's
history has seen); no SQL here (storage/merge_apply.py writes the result into the working copy).

The algorithm (also in docs/FILE_FORMAT.md, "Merging two copies"):

1. **Matching.** Records are matched by UUID, never by position or title.
2. **Versions.** Every change stamps a record with `modified_at` and bumps its `revision`, and
   writes a history entry at that same moment. The stamps a copy's history holds for a record
   are the versions it has passed through ("seen"). There is no stored common ancestor; the
   histories stand in for it: if our copy has seen the other copy's current version, the other
   side did not change the record since, so our version is the newer one — and vice versa.
3. **Both have the record.** Same stamps and data: unchanged. Same data, different stamps: the
   higher (revision, modified_at) is kept (nothing to decide). Otherwise, if exactly one side
   has seen the other's version, the side that moved on wins (a one-sided change). If neither
   (or both) have, both sides changed it: a **conflict**, listed with the fields that differ;
   the user picks per field (the CLI keeps "mine" unless told --prefer theirs). A pick that
   mixes fields makes a new version (revision above both, stamped now). The version not taken
   is kept in the history of the result.
4. **One side has the record, the other a tombstone.** The deletion wins if the deleting copy
   had seen this very version, or if the record was not changed after the deletion; a record
   changed after the deletion comes back (KeePassXC's rule: a tombstone loses against a later
   change). Tombstones on both sides: the later deletion is kept.
5. **Only one side has it, no tombstone on the other:** it was added there; it is taken.
6. **References** (merge_refs.py). A record that survives and was changed after the deletion of something it
   needs (its use case, the person or activity of a RACI cell, the system of a use-case link)
   brings that record back, and what was deleted together with a record that comes back
   (a use case's RACI matrix, checklist, decisions) comes back with it; otherwise a record whose required reference was deleted is deleted
   with it (its tombstone takes the reference's deletion time); an optional reference (an
   owner, a corrected decision) to something deleted is cleared instead. Formally: the largest set of
   records in which every record's references survive and every record brought back is needed
   by a later change — unique, so the outcome does not depend on iteration order.
7. **Duplicates.** Two different records that occupy the same slot (one RACI letter per person
   and activity, one CX answer per question, one link per system, one seat per board member,
   one company) added independently on both sides are a conflict; the user picks which stays,
   the other is deleted (tombstoned) and kept in history.
8. **Decision logs** are append-only: entries are records like any other, matched by UUID, so
   both logs are united; no entry is ever changed by a merge.
9. **History** of both copies is united (never overwritten), so the result has seen every
   version either copy had: merging the same copy again changes nothing (idempotent), and
   without conflicts merge(A, B) equals merge(B, A).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from leitplanken.domain.model import Record
from leitplanken.storage.merge_refs import (
    OPTIONAL_REFS,
)
from leitplanken.storage.merge_refs import (
    later as _later,
)
from leitplanken.storage.merge_refs import (
    settle as _settle,
)
from leitplanken.storage.merge_refs import (
    when as _when,
)
from leitplanken.storage.merge_state import (
    MergeState,
    Tombstone,
    content,
    content_fields,
    kind_of,
    same_version,
)

MINE, THEIRS = "mine", "theirs"

#: Slots that hold at most one record (the same uniqueness the file's schema enforces).
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "Company": (),
    "RaciCell": ("activity_uuid", "person_uuid"),
    "RaciMember": ("use_case_uuid", "person_uuid"),
    "CxAnswer": ("use_case_uuid", "question"),
    "UseCaseSystem": ("use_case_uuid", "system_uuid"),
    "BoardMember": ("person_uuid",),
}


def utc_now() -> str:
    """The stamp for a version a merge creates, in the format records carry."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _knows(state: MergeState, uuid: str, stamp: str) -> bool:
    """Whether a copy has seen a version; a record never stamped cannot be vouched for."""
    return bool(stamp) and state.knows(uuid, stamp)


def _newest(a: Record, b: Record) -> Record:
    """Of two records with the same data, the one with the higher (revision, stamp)."""
    return max((a, b), key=lambda r: (r.revision, _when(r.modified_at), r.modified_at))


@dataclass
class Conflict:
    """A record both sides changed (or two records claiming one slot): the user decides."""

    kind: str
    mine: Record
    theirs: Record
    fields: tuple[str, ...]
    duplicate: bool = False
    choice: dict[str, str] = field(default_factory=dict)

    @property
    def uuid(self) -> str:
        """The record this conflict is about (our record for a duplicate slot)."""
        return self.mine.uuid

    @property
    def whole(self) -> bool:
        """True when only whole records can be picked (duplicates, or kinds that differ)."""
        return self.duplicate or not self.fields

    def pick(self, side: str, field_name: str | None = None) -> None:
        """Takes one side for one field, or for the whole record when no field is named."""
        if side not in (MINE, THEIRS):
            raise ValueError(side)
        if field_name is None or self.whole:
            self.choice = {name: side for name in (self.fields or ("*",))}
        elif field_name in self.fields:
            self.choice[field_name] = side

    def side_of(self, field_name: str = "*") -> str:
        """Which side a field (or the whole record) currently comes from."""
        if self.whole:
            return self.choice.get("*", MINE)
        return self.choice.get(field_name, MINE)

    def resolved(self, now: str) -> Record:
        """The record this conflict resolves to under the current choice."""
        if self.whole:
            return self.theirs if self.side_of() == THEIRS else self.mine
        sides = {self.side_of(name) for name in self.fields}
        if sides == {MINE}:
            return self.mine
        if sides == {THEIRS}:
            return self.theirs
        taken = {name: getattr(self.theirs, name) for name in self.fields
                 if self.side_of(name) == THEIRS}
        revision = max(self.mine.revision, self.theirs.revision) + 1
        return replace(self.mine, revision=revision, modified_at=now, **taken)

    def loser(self, now: str) -> Record | None:
        """The version not (fully) taken, to be kept in history; None when nothing was dropped."""
        winner = self.resolved(now)
        if winner is self.mine:
            return self.theirs
        if winner is self.theirs:
            return self.mine
        return self.theirs if any(self.side_of(n) == MINE for n in self.fields) else None


@dataclass
class MergePlan:
    """The outcome before the user's picks: automatic decisions plus the conflicts to decide.

    `records` and `tombstones` are the per-record decisions before references are settled;
    result() settles them (step 6) after applying the picks, so a pick decides what it needs.
    """

    mine: MergeState
    theirs: MergeState
    records: dict[str, Record]
    tombstones: dict[str, Tombstone]
    conflicts: list[Conflict]
    now: str
    resurrected: set[str] = field(default_factory=set)

    def result(self) -> MergeState:
        """The merged copy under the current picks, with both histories united."""
        records = dict(self.records)
        stones = dict(self.tombstones)
        for c in self.conflicts:
            if not c.duplicate:
                records[c.uuid] = c.resolved(self.now)
        stamps = {u: r.modified_at for u, r in records.items()}
        _settle(records, stones, stamps, self.mine, self.theirs)
        for c in self.conflicts:
            if c.duplicate and c.mine.uuid in records and c.theirs.uuid in records:
                loser = c.theirs if c.resolved(self.now) is c.mine else c.mine
                del records[loser.uuid]
                stones[loser.uuid] = Tombstone(loser.uuid, c.kind, self.now, loser.revision + 1)
        for u, rec in list(records.items()):
            gone = [n for n in OPTIONAL_REFS.get(kind_of(rec), ()) if getattr(rec, n) in stones]
            if gone:
                cleared = replace(rec, revision=rec.revision + 1, modified_at=self.now)
                for n in gone:
                    setattr(cleared, n, None)
                records[u] = cleared
        seen = self._united_seen()
        for u, rec in records.items():
            if rec.modified_at and rec.modified_at not in seen.get(u, frozenset()):
                seen[u] = seen.get(u, frozenset()) | {rec.modified_at}
        return MergeState(records, stones, seen)

    def _united_seen(self) -> dict[str, frozenset[str]]:
        """Every version either copy has had, per record (the united history)."""
        seen: dict[str, set[str]] = {}
        for state in (self.mine, self.theirs):
            for u, stamps in state.seen.items():
                seen.setdefault(u, set()).update(stamps)
            for u, rec in state.records.items():
                if rec.modified_at:
                    seen.setdefault(u, set()).add(rec.modified_at)
        return {u: frozenset(s) for u, s in seen.items()}


def _decide_pair(u: str, a: Record, b: Record, mine: MergeState, theirs: MergeState,
                 prefer: str) -> Record | Conflict:
    """Step 3: one record on both sides."""
    if same_version(a, b):
        return a
    if kind_of(a) != kind_of(b):
        c = Conflict(kind_of(a), a, b, ())
        c.pick(prefer)
        return c
    if content(a) == content(b):
        return _newest(a, b)
    theirs_has_mine = _knows(theirs, u, a.modified_at)
    mine_has_theirs = _knows(mine, u, b.modified_at)
    if mine_has_theirs and not theirs_has_mine:
        return a
    if theirs_has_mine and not mine_has_theirs:
        return b
    differing = tuple(n for n in content_fields(a) if getattr(a, n) != getattr(b, n))
    c = Conflict(kind_of(a), a, b, differing)
    c.pick(prefer)
    return c


def _decide_single(u: str, rec: Record, other: MergeState) -> Record | Tombstone:
    """Steps 4 and 5: a record only one side has."""
    stone = other.tombstones.get(u)
    if stone is None:
        return rec
    if _knows(other, u, rec.modified_at) or not _later(rec.modified_at, stone.deleted_at):
        return stone
    return rec


def _duplicates(records: dict[str, Record], mine: MergeState, theirs: MergeState,
                prefer: str) -> list[Conflict]:
    """Step 7: two records from different sides claiming one slot."""
    slots: dict[tuple[object, ...], list[Record]] = {}
    for u in sorted(records):
        rec = records[u]
        keys = NATURAL_KEYS.get(kind_of(rec))
        if keys is None:
            continue
        slots.setdefault((kind_of(rec), *(getattr(rec, k) for k in keys)), []).append(rec)
    found = []
    for group in slots.values():
        ours = [r for r in group if r.uuid in mine.records]
        others = [r for r in group if r.uuid not in mine.records and r.uuid in theirs.records]
        if ours and others:
            for other in others:
                c = Conflict(kind_of(ours[0]), ours[0], other, (), duplicate=True)
                c.pick(prefer)
                found.append(c)
    return found


def plan_merge(mine: MergeState, theirs: MergeState, *, prefer: str = MINE,
               now: str | None = None) -> MergePlan:
    """Works out the merge of `theirs` into `mine`; conflicts start out as `prefer`."""
    if prefer not in (MINE, THEIRS):
        raise ValueError(prefer)
    now = now or utc_now()
    records: dict[str, Record] = {}
    stones: dict[str, Tombstone] = {}
    conflicts: list[Conflict] = []
    stamps: dict[str, str] = {}
    everything = set(mine.records) | set(theirs.records) | set(mine.tombstones) | set(
        theirs.tombstones)
    for u in sorted(everything):
        a, b = mine.records.get(u), theirs.records.get(u)
        if a is not None and b is not None:
            outcome = _decide_pair(u, a, b, mine, theirs, prefer)
            if isinstance(outcome, Conflict):
                conflicts.append(outcome)
                records[u] = a if prefer == MINE else b
            else:
                records[u] = outcome
        elif a is not None or b is not None:
            rec = a if a is not None else b
            assert rec is not None
            single = _decide_single(u, rec, theirs if a is not None else mine)
            if isinstance(single, Tombstone):
                stones[u] = single
            else:
                records[u] = single
        else:
            both = [t for t in (mine.tombstones.get(u), theirs.tombstones.get(u)) if t]
            stones[u] = max(both, key=lambda t: (_when(t.deleted_at), t.deleted_at))
    decided, decided_stones = dict(records), dict(stones)
    for c in conflicts:
        del decided[c.uuid]
    for u, rec in records.items():
        stamps.setdefault(u, rec.modified_at)
    back = _settle(records, stones, stamps, mine, theirs)
    conflicts = [c for c in conflicts if c.uuid in records]
    conflicts += _duplicates(records, mine, theirs, prefer)
    return MergePlan(mine, theirs, decided, decided_stones, conflicts, now, back)


def merge(mine: MergeState, theirs: MergeState, *, prefer: str = MINE,
          now: str | None = None) -> MergeState:
    """Merges without asking: conflicts keep `prefer`'s version (what the CLI does)."""
    return plan_merge(mine, theirs, prefer=prefer, now=now).result()
