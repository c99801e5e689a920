"""Step 6 of merging (see merge.py): which records' references survive, and what comes back.

Also the reading of stamps as moments and the finding of a record's common ancestor, shared
with merge.py.
"""

from __future__ import annotations

from datetime import UTC, datetime

from leitplanken.domain import fields as decl
from leitplanken.domain.model import Record
from leitplanken.storage.merge_state import MergeState, Tombstone, kind_of

#: References a record cannot live without (its parent use case, the person of a RACI cell...),
#: by record kind; from the declarations in domain/fields.py.
REQUIRED_REFS: dict[str, tuple[str, ...]] = {
    rt.cls.__name__: refs for rt in decl.RECORD_TYPES if (refs := decl.references(rt.cls, True))
}

#: References a record can live without (they are cleared when what they name was deleted).
OPTIONAL_REFS: dict[str, tuple[str, ...]] = {
    rt.cls.__name__: refs for rt in decl.RECORD_TYPES if (refs := decl.references(rt.cls, False))
}


def when(stamp: str) -> datetime:
    """A stamp as a comparable moment; an empty or garbled stamp counts as the distant past."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        return datetime.min.replace(tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def later(stamp: str, than: str) -> bool:
    """True when `stamp` is strictly after `than`."""
    return when(stamp) > when(than)


def base_of(uuid: str, mine: MergeState, theirs: MergeState) -> Record | None:
    """The latest full version of a record both copies have seen: the common ancestor, if known."""
    found: dict[str, Record] = {}
    for state in (mine, theirs):
        found.update(state.versions.get(uuid, {}))
        rec = state.records.get(uuid)
        if rec is not None and rec.modified_at:
            found.setdefault(rec.modified_at, rec)
    common = [s for s in found if mine.knows(uuid, s) and theirs.knows(uuid, s)]
    if not common:
        return None
    return found[max(common, key=lambda s: (when(s), s))]


def _refs(rec: Record) -> list[str]:
    """The UUIDs a record cannot live without."""
    return [getattr(rec, name) for name in REQUIRED_REFS.get(kind_of(rec), ())
            if getattr(rec, name, None)]


def _all_refs(rec: Record) -> list[str]:
    """Every UUID a record names, required or not (a later change naming one brings it back)."""
    names = REQUIRED_REFS.get(kind_of(rec), ()) + OPTIONAL_REFS.get(kind_of(rec), ())
    return [getattr(rec, name) for name in names if getattr(rec, name, None)]


def settle(records: dict[str, Record], stones: dict[str, Tombstone], stamps: dict[str, str],
            mine: MergeState, theirs: MergeState) -> set[str]:
    """Step 6: the largest set of records whose required references all survive.

    Every deleted record either copy still has is a candidate to come back; it stays only if a
    surviving record changed after the deletion needs it. Records lacking a reference go with it.
    Removing violators until none is left reaches the same set whatever the iteration order.
    """
    decided = set(records)
    alive: dict[str, Record] = dict(records)
    for x in sorted(stones):
        source = mine.records.get(x) or theirs.records.get(x)
        if source is not None:
            alive[x] = source
            stamps.setdefault(x, source.modified_at)
    # Who names whom, worked out once and kept up to date as records go (thousands of
    # records, a handful going): each round looks again only at records that lost a
    # reference in the round before, and at the deleted ones that may come back. Every
    # other record had all its references last round and still has them, so it stays.
    needed_by: dict[str, set[str]] = {}
    required_by: dict[str, set[str]] = {}
    for u, rec in alive.items():
        for ref in _all_refs(rec):
            needed_by.setdefault(ref, set()).add(u)
        for ref in _refs(rec):
            required_by.setdefault(ref, set()).add(u)
    candidates = {u for u in alive if u not in decided}
    look_at: set[str] = set(alive)
    while True:
        doomed: dict[str, str] = {}
        for u in sorted(look_at | candidates):
            if u not in alive:
                continue
            missing = [stones[r] for r in _refs(alive[u]) if r not in alive and r in stones]
            if missing:
                doomed[u] = max(missing, key=lambda t: when(t.deleted_at)).deleted_at
            elif u not in decided and not _wanted(u, alive[u], stones[u], alive, needed_by,
                                                  stamps, mine, theirs):
                doomed[u] = stones[u].deleted_at
        if not doomed:
            break
        look_at = set()
        for u in doomed:
            rec = alive.pop(u)
            for ref in _all_refs(rec):
                needed_by.get(ref, set()).discard(u)
            look_at |= required_by.get(u, set())
        candidates -= set(doomed)
    back = {u for u in alive if u not in decided}
    for u in set(records) - set(alive):
        stones[u] = Tombstone(u, kind_of(records[u]), _cascade_time(records[u], alive, stones),
                              records[u].revision + 1)
    records.clear()
    records.update(alive)
    for u in back:
        del stones[u]
    return back


def _wanted(u: str, rec: Record, stone: Tombstone, alive: dict[str, Record],
            needed_by: dict[str, set[str]], stamps: dict[str, str], mine: MergeState,
            theirs: MergeState) -> bool:
    """Whether a deleted record comes back: a later change needs it, or it was deleted together
    with a record that comes back (a use case's RACI matrix returns with the use case)."""
    if any(later(stamps.get(n, ""), stone.deleted_at) for n in needed_by.get(u, ())):
        return True
    for ref in _refs(rec):
        if ref not in alive:
            continue
        times = {t.deleted_at for t in (mine.tombstones.get(ref), theirs.tombstones.get(ref)) if t}
        if stone.deleted_at in times:
            return True
    return False


def _cascade_time(rec: Record, alive: dict[str, Record], stones: dict[str, Tombstone]) -> str:
    """When a record went with its reference: the latest deletion among what it lacks."""
    missing = [stones[r] for r in _refs(rec) if r not in alive and r in stones]
    return max(missing, key=lambda t: when(t.deleted_at)).deleted_at


