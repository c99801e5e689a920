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
   (or both) have, both sides changed it: merged **field by field** against the common
   ancestor (the latest full version both copies have seen; send copy stores one for every
   record, see merge_apply.py). A field changed on one side only is taken from that side; if
   no field was changed on both sides the result is a new version (revision above both, stamped
   now) and no conflict. Fields changed on both sides to different values are a **conflict**.
   Without a known ancestor nobody can tell which side changed a differing field, so every
   differing field is a conflict (the least surprising rule: nothing is decided silently). The
   user picks per field (the CLI keeps "mine" unless told --prefer theirs). A pick that mixes
   fields makes a new version. Every version not taken whole is kept WHOLE in the history of the
   result (a "merge_kept" entry with the full record as JSON).
4. **One side has the record, the other a tombstone.** The deletion wins if the deleting copy
   had seen this very version, or if the record was not changed after the deletion; a record
   changed after the deletion comes back (KeePassXC's rule: a tombstone loses against a later
   change). Tombstones on both sides: the later deletion is kept. An edit (or addition) the
   deleting copy never saw that a deletion removes is kept whole in the history and reported
   (MergePlan.dropped).
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
   both logs are united; no entry is ever changed by a merge. An entry with the same UUID but
   other content on the two sides (only a database tool can do that) is never taken as a
   change: ours stays as it is and theirs is added as a separate entry (a UUID derived from
   the original's and the content, so merging again adds nothing) and reported
   (MergePlan.rewritten).
9. **History** of both copies is united (never overwritten), so the result has seen every
   version either copy had: merging the same copy again changes nothing (idempotent), and
   without conflicts merge(A, B) equals merge(B, A).
"""

from __future__ import annotations

import copy
import hashlib
import uuid as _uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from leitplanken.domain.model import Decision, Record
from leitplanken.storage.merge_refs import (
    OPTIONAL_REFS,
    base_of,
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


def _taking(rec: Record, donor: Record, names: tuple[str, ...] | list[str], revision: int,
            now: str) -> Record:
    """A new version of `rec` with some fields from `donor` (values copied, never shared)."""
    taken = {n: copy.deepcopy(getattr(donor, n)) for n in names}
    return replace(rec, revision=revision, modified_at=now, **taken)


@dataclass
class Conflict:
    """A record both sides changed (or two records claiming one slot): the user decides.

    `fields` are the fields to decide; `auto` the fields only the other side changed (since
    the common ancestor), taken from theirs whatever the user picks.
    """

    kind: str
    mine: Record
    theirs: Record
    fields: tuple[str, ...]
    duplicate: bool = False
    choice: dict[str, str] = field(default_factory=dict)
    auto: tuple[str, ...] = ()

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
        theirs = self.auto + tuple(n for n in self.fields if self.side_of(n) == THEIRS)
        if not theirs:
            return self.mine
        if len(theirs) == len(self.auto) + len(self.fields) and not self._mine_only():
            return self.theirs
        revision = max(self.mine.revision, self.theirs.revision) + 1
        return _taking(self.mine, self.theirs, theirs, revision, now)

    def _mine_only(self) -> bool:
        """Whether our version has changes of its own beyond the fields listed here."""
        listed = set(self.fields) | set(self.auto)
        return any(getattr(self.mine, n) != getattr(self.theirs, n)
                   for n in content_fields(self.mine) if n not in listed)

    def kept(self, now: str) -> list[Record]:
        """The versions some value of which the result does not carry: kept whole in history."""
        winner = self.resolved(now)
        if winner is self.mine:
            return [self.theirs]
        if winner is self.theirs:
            return [self.mine]
        sides = {self.side_of(n) for n in self.fields}
        return [rec for rec, side in ((self.theirs, MINE), (self.mine, THEIRS)) if side in sides]


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
    #: Decisions with one UUID but other content on their side: (ours, their separate entry).
    rewritten: list[tuple[Record, Record]] = field(default_factory=list)

    def dropped(self, result: MergeState) -> list[Record]:
        """Versions a deletion removes that the deleting copy never saw (kept in history).

        A deletion decided knowing a version is the user's will; one that meets an edit or an
        addition it never saw is kept retrievable, and the summary says so.
        """
        lost_duplicates = {c.theirs.uuid for c in self.conflicts if c.duplicate} | {
            c.mine.uuid for c in self.conflicts if c.duplicate}
        out = []
        for u in sorted(result.tombstones):
            if u in lost_duplicates:
                continue
            for state, other in ((self.mine, self.theirs), (self.theirs, self.mine)):
                rec = state.records.get(u)
                if rec is not None and not _knows(other, u, rec.modified_at):
                    out.append(rec)
        return out

    def result(self, with_seen: bool = True) -> MergeState:
        """The merged copy under the current picks, with both histories united.

        `with_seen=False` leaves the united history out (writing the result does not need
        it: the history rows themselves are copied; uniting them in memory takes seconds
        for thousands of records).
        """
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
        if not with_seen:
            return MergeState(records, stones, {})
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
                 prefer: str, now: str) -> Record | Conflict:
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
    # an ancestor only helps when neither side has seen the other's version (if both have,
    # the histories contradict each other: the user decides every differing field)
    base = None if theirs_has_mine else base_of(u, mine, theirs)
    if base is None or kind_of(base) != kind_of(a):
        c = Conflict(kind_of(a), a, b, differing)
    else:
        theirs_only = tuple(n for n in differing if getattr(a, n) == getattr(base, n))
        both = tuple(n for n in differing
                     if n not in theirs_only and getattr(b, n) != getattr(base, n))
        if not both:
            if not theirs_only:
                return a
            if len(theirs_only) == len(differing):
                return b  # our side has nothing of its own: their version as it is
            revision = max(a.revision, b.revision) + 1
            return _taking(a, b, theirs_only, revision, now)
        c = Conflict(kind_of(a), a, b, both, auto=theirs_only)
    c.pick(prefer)
    return c


def _rewritten(a: Record, b: Record, stones: dict[str, Tombstone]) -> bool:
    """Whether a decision differs between the copies in more than a merge itself changes.

    The only change a merge makes to a decision is clearing `corrects_uuid` when the entry it
    corrected was deleted; everything else is a rewritten entry (a database tool did it).
    """
    if not isinstance(a, Decision) or not isinstance(b, Decision) or content(a) == content(b):
        return False
    differing = [n for n in content_fields(a) if getattr(a, n) != getattr(b, n)]
    if differing == ["corrects_uuid"]:
        kept = a.corrects_uuid or b.corrects_uuid
        return not (a.corrects_uuid is None or b.corrects_uuid is None) or kept not in stones
    return True


def _separate_entry(theirs: Decision) -> Decision:
    """Their rewritten decision as an entry of its own; the same content gets the same UUID."""
    digest = hashlib.sha256(repr(content(theirs)).encode("utf-8", "surrogatepass")).hexdigest()
    new = str(_uuid.uuid5(_uuid.NAMESPACE_URL, f"leitplanken:decision:{theirs.uuid}:{digest}"))
    return replace(theirs, uuid=new)


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
    all_stones = {**mine.tombstones, **theirs.tombstones}
    rewritten: list[tuple[Record, Record]] = []
    for u in sorted(everything):
        a, b = mine.records.get(u), theirs.records.get(u)
        if a is not None and b is not None and _rewritten(a, b, all_stones):
            assert isinstance(b, Decision)
            separate = _separate_entry(b)
            records[u] = a
            if separate.uuid not in everything:
                records[separate.uuid] = separate
                rewritten.append((a, separate))
        elif a is not None and b is not None:
            outcome = _decide_pair(u, a, b, mine, theirs, prefer, now)
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
    plan = MergePlan(mine, theirs, decided, decided_stones, conflicts, now, back)
    plan.rewritten = [(a, sep) for a, sep in rewritten if sep.uuid in records]
    return plan


def merge(mine: MergeState, theirs: MergeState, *, prefer: str = MINE,
          now: str | None = None) -> MergeState:
    """Merges without asking: conflicts keep `prefer`'s version (what the CLI does)."""
    return plan_merge(mine, theirs, prefer=prefer, now=now).result()
