"""Merging a file into the open workspace: reading both copies for merge, writing the result.

merge.py decides; this module is the SQL around it. Records the merge takes are written as
they are (their own modified_at and revision, so merging the same copy again finds nothing
new), deletions become tombstones with the deleting copy's time, and the other copy's history
is imported entry by entry (entries carry a UUID, so nothing is duplicated or overwritten).
Every version not taken whole (in a conflict, or removed by a deletion that never saw it, or a
rewritten decision's other content) gets a history entry of its own ("merge_kept") holding the
complete record as JSON, never cut, so it can be got back.

Full versions ("version" entries, the record as JSON, stamped with the version's own
modified_at) are the common ancestors merge.py needs for a field-by-field merge: send copy
writes one for every record into the copy it sends (version_entries), and a merge writes one
for every record it writes. They are history rows of their own kind, so the file format stays
as it is; the history list leaves them out.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import uuid as _uuid
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from leitplanken.domain import fields as decl
from leitplanken.domain import model as m
from leitplanken.domain.digest import UseCaseDigest
from leitplanken.storage import digests
from leitplanken.storage.disk_watch import FileIdentity, has_changed, identity_of
from leitplanken.storage.errors import BadValue, FileError, as_file_error
from leitplanken.storage.merge import MINE, MergePlan, plan_merge
from leitplanken.storage.merge_state import (
    MergeState,
    Tombstone,
    kind_of,
    same_version,
)
from leitplanken.storage.rows import CLASS_OF, TABLE_OF, columns, from_row, summary, to_row
from leitplanken.storage.saving import ProgressFn
from leitplanken.storage.workspace_file import WorkspaceFile

_HISTORY_COLUMNS = ("uuid", "at", "author", "table_name", "row_uuid", "action", "summary")

#: The history action of a full version (a common ancestor for later merges).
VERSION = "version"
#: The history action of a version a merge did not take whole (full JSON, to get it back).
KEPT = "merge_kept"


def _rows(wf: WorkspaceFile, sql: str, params: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Streams a read on a workspace's working copy with file problems mapped to FileError."""
    try:
        yield from wf.db.execute(sql, params)
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        raise as_file_error(exc, wf.path) from None


#: Rows read between two progress reports (and two chances to cancel).
_CHUNK = 2000


class _Reading:
    """Progress over reading both copies: rows of records and of history, as one done/total."""

    def __init__(self, report: ProgressFn | None, mine: WorkspaceFile,
                 theirs: WorkspaceFile) -> None:
        """Counts the rows to read (one cheap query per table)."""
        self._report = report
        self.done = 0
        self.total = 1
        if report is not None:
            for wf in (mine, theirs):
                for table in (*CLASS_OF, "history"):
                    self.total += next(_rows(wf, f"SELECT count(*) FROM {table}"))[0]

    def add(self, rows: int) -> None:
        """Counts rows as read and reports (Cancelled may come out of it)."""
        self.done += rows
        if self._report is not None:
            self._report(min(self.done, self.total), self.total)


def _record(cls: type[m.Record], names: list[str], row: tuple[Any, ...],
            wf: WorkspaceFile) -> m.Record:
    """One row as its record; an impossible value is a damaged file (as when opening it)."""
    try:
        return from_row(cls, dict(zip(names, row, strict=True)))
    except BadValue as exc:
        raise FileError("damaged", wf.path, reason=str(exc)) from None


def _table(wf: WorkspaceFile, cls: type[m.Record], names: list[str],
           steps: _Reading) -> Iterator[tuple[Any, ...]]:
    """The rows of one record table, the named columns in that order."""
    sql = f"SELECT {', '.join(names)} FROM {TABLE_OF[cls]}"
    count = 0
    for count, row in enumerate(_rows(wf, sql), start=1):
        if count % _CHUNK == 0:
            steps.add(_CHUNK)
        yield row
    steps.add(count % _CHUNK)  # the rest, and a report (a chance to stop) per table


def _company_of(states: dict[str, m.Record]) -> list[m.Record]:
    """The company a copy's workspace shows: its latest row, or a fresh one in an empty file
    (what loading the workspace makes of it, so merge sees the same records)."""
    companies = list(states.values())
    return [max(companies, key=lambda c: (c.modified_at, c.uuid))] if companies else [
        m.Company()]


def _read_records(mine: WorkspaceFile, theirs: WorkspaceFile,
                  steps: _Reading) -> tuple[dict[str, m.Record], dict[str, m.Record]]:
    """Both copies' records, table by table; a row alike in both is one shared record.

    The records are those of the copy's loaded workspace (its latest company, use cases
    without their child lists, no child whose use case is missing), but read a table at a
    time: only one table's raw rows are held, and a record both copies have unchanged (most
    of them) is built once, so merging two copies needs little more than opening one.
    Merge never changes the records it is given, so sharing one object is safe.
    """
    ours: dict[str, m.Record] = {}
    others: dict[str, m.Record] = {}
    use_cases: tuple[set[str], set[str]] = (set(), set())
    for rt in (*(rt for rt in decl.RECORD_TYPES if not rt.child_of_use_case),
               *decl.use_case_children()):
        cls = rt.cls
        names = [c[0] for c in columns(cls)]
        parent = names.index("use_case_uuid") if rt.child_of_use_case else -1
        mine_rows: dict[str, tuple[Any, ...]] = {}
        for row in _table(mine, cls, names, steps):
            if parent < 0 or row[parent] in use_cases[0]:
                mine_rows[str(row[0])] = row
        table_ours: dict[str, m.Record] = {}
        table_theirs: dict[str, m.Record] = {}
        for row in _table(theirs, cls, names, steps):
            if parent >= 0 and row[parent] not in use_cases[1]:
                continue
            u = str(row[0])
            same = mine_rows.get(u) == row
            rec = _record(cls, names, row, theirs)
            table_theirs[u] = rec
            if same:
                table_ours[u] = rec
                del mine_rows[u]
        for u, row in mine_rows.items():
            table_ours[u] = _record(cls, names, row, mine)
        del mine_rows
        if cls is m.Company:
            table_ours = {c.uuid: c for c in _company_of(table_ours)}
            table_theirs = {c.uuid: c for c in _company_of(table_theirs)}
        if cls is m.UseCase:
            use_cases[0].update(table_ours)
            use_cases[1].update(table_theirs)
        ours.update(table_ours)
        others.update(table_theirs)
    return ours, others


def records_in(conn: sqlite3.Connection,
               progress: Callable[[int], None] | None = None) -> Iterator[list[m.Record]]:
    """A database's records a table (at most _CHUNK of them) at a time, as the loaded
    workspace has them (its latest company, use cases without their child lists, no child
    whose use case is missing).

    For writing something about every record (send copy's full versions) without holding
    the whole workspace; `progress(rows)` hears of each table's rows once it is read.
    """
    use_cases: set[str] = set()
    for rt in (*(rt for rt in decl.RECORD_TYPES if not rt.child_of_use_case),
               *decl.use_case_children()):
        cls = rt.cls
        names = [c[0] for c in columns(cls)]
        parent = names.index("use_case_uuid") if rt.child_of_use_case else -1
        cursor = conn.execute(f"SELECT {', '.join(names)} FROM {TABLE_OF[cls]}")
        batch: list[m.Record] = []
        for row in cursor:
            if parent < 0 or row[parent] in use_cases:
                try:
                    batch.append(from_row(cls, dict(zip(names, row, strict=True))))
                except BadValue as exc:
                    raise FileError("damaged", None, reason=str(exc)) from None
            if len(batch) == _CHUNK and cls is not m.Company:  # the company needs them all
                yield from _handed(batch, cls, use_cases, progress)
                batch = []
        if cls is m.Company:
            batch = _company_of({c.uuid: c for c in batch})
        yield from _handed(batch, cls, use_cases, progress)


def _handed(batch: list[m.Record], cls: type[m.Record], use_cases: set[str],
            progress: Callable[[int], None] | None) -> Iterator[list[m.Record]]:
    """One batch of records_in: the use cases noted (their children follow), progress told."""
    if cls is m.UseCase:
        use_cases.update(r.uuid for r in batch)
    if progress is not None:
        progress(len(batch))
    if batch:
        yield batch


def _tombstones(wf: WorkspaceFile, records: dict[str, m.Record]) -> dict[str, Tombstone]:
    """A copy's deletions (of records it does not have again)."""
    stones = {}
    for row_uuid, table, deleted_at, revision in _rows(
        wf, "SELECT uuid, table_name, deleted_at, revision FROM tombstone"
    ):
        cls = CLASS_OF.get(str(table))
        if cls is not None and str(row_uuid) not in records:
            stones[str(row_uuid)] = Tombstone(str(row_uuid), cls.__name__, str(deleted_at),
                                              int(revision))
    return stones


def _seen(wf: WorkspaceFile, state: MergeState, steps: _Reading) -> None:
    """The versions a copy's history has seen, per record (see merge_state.py).

    A new file records one "create" entry for all its rows, stamped with the time every row
    got; that time therefore counts as seen for every record of the file. Stamps and the
    sets of them are shared between records (most records have seen the same few moments).
    """
    stamps: dict[str, str] = {}
    seen: dict[str, set[str]] = {}
    created: set[str] = set()
    count = 0
    for count, (row_uuid, at, action) in enumerate(
            _rows(wf, "SELECT row_uuid, at, action FROM history"), start=1):
        stamp = stamps.setdefault(str(at), str(at))
        seen.setdefault(str(row_uuid), set()).add(stamp)
        if action == "create":
            created.add(stamp)
        if count % _CHUNK == 0:
            steps.add(_CHUNK)
    steps.add(count % _CHUNK)
    shared: dict[frozenset[str], frozenset[str]] = {}
    for u in set(state.records) | set(state.tombstones) | set(seen):
        stamps_of = frozenset(seen.pop(u, set()) | created)
        state.seen[u] = shared.setdefault(stamps_of, stamps_of)


def _versions(wf: WorkspaceFile, state: MergeState, wanted: set[str]) -> None:
    """The full earlier versions a copy holds of the records in `wanted` (common ancestors).

    Only records the two copies hold differently can need one (merge.py asks for an
    ancestor only when both sides changed a record), so only theirs are parsed.
    """
    if not wanted:
        return
    for h in _rows(wf, "SELECT " + ", ".join(_HISTORY_COLUMNS) + " FROM history "
                   "WHERE action = ?", (VERSION,)):
        if h[4] in wanted:
            rec = _version(h)
            if rec is not None:
                state.versions.setdefault(rec.uuid, {})[rec.modified_at] = rec


def read_states(mine: WorkspaceFile, theirs: WorkspaceFile,
                progress: ProgressFn | None = None) -> tuple[MergeState, MergeState]:
    """Both copies as merge sees them, read table by table (see _read_records)."""
    steps = _Reading(progress, mine, theirs)
    ours, others = _read_records(mine, theirs, steps)
    states = []
    for wf, records in ((mine, ours), (theirs, others)):
        state = MergeState(records, _tombstones(wf, records), {})
        _seen(wf, state, steps)
        states.append(state)
    mine_state, their_state = states
    differing = {u for u, rec in ours.items()
                 if u in others and others[u] is not rec}
    for wf, state in ((mine, mine_state), (theirs, their_state)):
        _versions(wf, state, differing)
    return mine_state, their_state


def _version(row: tuple[Any, ...]) -> m.Record | None:
    """The record a "version" history row holds; None when it is garbled (then no ancestor)."""
    cls = CLASS_OF.get(str(row[3]))
    if cls is None:
        return None
    try:
        data = json.loads(str(row[6]))
        if not isinstance(data, dict):
            return None
        rec = from_row(cls, data)
    except (ValueError, TypeError, KeyError):
        return None
    return rec if rec.uuid == row[4] and rec.modified_at == row[1] else None


def record_json(rec: m.Record) -> str:
    """A record complete as JSON (its stored row), to keep or restore it; never cut."""
    return json.dumps(to_row(rec), ensure_ascii=False)


def version_entries(records: list[m.Record], known: set[tuple[str, str]],
                    author: str) -> list[dict]:
    """"version" history rows for records whose version the file does not hold yet."""
    rows = []
    for rec in records:
        if rec.modified_at and (rec.uuid, rec.modified_at) not in known:
            rows.append(_entry(rec.modified_at, author, rec, VERSION, record_json(rec)))
            known.add((rec.uuid, rec.modified_at))
    return rows


class MergeSession:
    """A merge in progress: the plan (with its conflicts to decide) and the other copy.

    The other copy stays open (read-only, its validated working copy) until apply() or
    close(): its history is imported from there row by row instead of being held in memory.
    """

    def __init__(self, wf: WorkspaceFile, source: Path, plan: MergePlan, mine: MergeState,
                 other: WorkspaceFile | None = None, disk_seen: FileIdentity | None = None
                 ) -> None:
        """`other` is the opened other copy (closed by close(), apply() or garbage collection)."""
        self.wf = wf
        self.source = source
        self.plan = plan
        self.mine = mine
        self.other = other
        #: For a merge of our own file changed on disk: what the file looked like when read.
        self.disk_seen = disk_seen
        #: The use cases whose own row or children apply() wrote or deleted (see touched_use_cases).
        self.touched: set[str] = set()
        self._cached: tuple[object, MergeState, dict[str, int]] | None = None
        self._closer = weakref.finalize(self, _close_quietly, other) if other is not None else None

    def close(self) -> None:
        """Releases the other copy (its working copy is removed); calling it twice is harmless."""
        if self._closer is not None:
            self._closer()

    @property
    def conflicts(self) -> list:
        """The conflicts the user may decide before apply()."""
        return self.plan.conflicts

    def _picks(self) -> object:
        """The user's picks so far: the one thing the plan's result depends on."""
        return tuple(tuple(sorted(c.choice.items())) for c in self.plan.conflicts)

    def _outcome(self) -> tuple[MergeState, dict[str, int]]:
        """The result under the current picks and its counts, worked out once per set of picks
        (the summary, the notes and apply() all need it; on thousands of records it takes s)."""
        picks = self._picks()
        if self._cached is None or self._cached[0] != picks:
            result = self.plan.result(with_seen=False)
            self._cached = (picks, result, self._changes(result) | self._notes(result))
        return self._cached[1], self._cached[2]

    def preview(self) -> dict[str, int]:
        """changes() and notes() together, worked out now (prepare() calls it on the worker)."""
        return dict(self._outcome()[1])

    def changes(self, result: MergeState | None = None) -> dict[str, int]:
        """How many records the merge adds, changes and deletes in our copy (for the summary)."""
        if result is None:
            counts = self._outcome()[1]
            return {k: counts[k] for k in ("added", "changed", "deleted", "conflicts")}
        return self._changes(result)

    def _changes(self, result: MergeState) -> dict[str, int]:
        """changes() of a given result."""
        added = sum(1 for u in result.records if u not in self.mine.records)
        changed = sum(1 for u, r in result.records.items()
                      if u in self.mine.records and not same_version(r, self.mine.records[u]))
        deleted = sum(1 for u in self.mine.records if u not in result.records)
        return {"added": added, "changed": changed, "deleted": deleted,
                "conflicts": len(self.plan.conflicts)}

    def notes(self, result: MergeState | None = None) -> dict[str, int]:
        """What the summary must point out: edits a deletion removed, rewritten decisions."""
        if result is None:
            counts = self._outcome()[1]
            return {k: counts[k] for k in ("dropped", "rewritten")}
        return self._notes(result)

    def _notes(self, result: MergeState) -> dict[str, int]:
        """notes() of a given result."""
        return {"dropped": len(self.plan.dropped(result)), "rewritten": len(self.plan.rewritten)}

    def _their_history(self) -> Iterator[tuple[Any, ...]]:
        """The other copy's history rows, streamed."""
        if self.other is None:
            return iter(())
        return _rows(self.other, "SELECT " + ", ".join(_HISTORY_COLUMNS) + " FROM history")

    def _their_versions(self, uuids: set[str]) -> set[tuple[str, str]]:
        """(record, stamp) of the full versions the other copy holds of these records."""
        if self.other is None or not uuids:
            return set()
        return {(str(u), str(at)) for u, at in _rows(
            self.other, "SELECT row_uuid, at FROM history WHERE action = ?", (VERSION,))
            if u in uuids}

    def apply(self, progress: ProgressFn | None = None) -> dict[str, int]:
        """Writes the merged result into the working copy in one transaction.

        `progress(done, total)` may raise Cancelled: the transaction is rolled back and the
        working copy is exactly as before. The other copy is released afterwards either way.
        """
        try:
            return self._apply(progress)
        finally:
            self.close()

    def _apply(self, progress: ProgressFn | None) -> dict[str, int]:
        """apply() itself."""
        if self.wf.read_only:
            raise FileError("read_only", self.wf.path)
        if self.disk_seen is not None and has_changed(self.source, self.disk_seen):
            # changed again while the user decided: merging the older version and then
            # saving would overwrite the newer change; the caller starts over with it
            raise FileError("changed_on_disk", self.source)
        result, counts = self._outcome()
        counts = dict(counts)
        puts = [r for u, r in result.records.items()
                if u not in self.mine.records or not same_version(r, self.mine.records[u])]
        gone = [result.tombstones[u] for u in self.mine.records if u not in result.records]
        new_stones = [t for u, t in result.tombstones.items()
                      if u not in self.mine.tombstones and u not in self.mine.records]
        at, author = self.plan.now, self.wf.author
        history: list[dict] = []
        kept = [rec for c in self.plan.conflicts for rec in c.kept(at)]
        kept += self.plan.dropped(result)
        kept += [ours for ours, _separate in self.plan.rewritten]
        for rec in kept:
            history.append(_entry(at, author, rec, KEPT, record_json(rec)))
        counts["kept"] = len(kept)
        for rec in puts:
            history.append(_entry(at, author, rec, "merge", summary(rec)))
        history += version_entries(puts, self._their_versions({r.uuid for r in puts}), author)
        for stone in gone:
            history.append(_entry(at, author, self.mine.records[stone.uuid], "delete",
                                  summary(self.mine.records[stone.uuid])))
        total = len(puts) + len(gone) + len(history) + 1
        if self.other is not None and progress is not None:
            total += next(_rows(self.other, "SELECT count(*) FROM history"))[0]
        done = [0]
        refreshed: list[UseCaseDigest] = []
        vanished: list[str] = []

        def step(amount: int) -> None:
            done[0] += amount
            if progress is not None:
                progress(min(done[0], total), total)

        try:
            with self.wf.db.atomic():
                db = self.wf.db
                for stone in gone:
                    table = TABLE_OF[type(self.mine.records[stone.uuid])]
                    db.execute(f"DELETE FROM {table} WHERE uuid = ?", [stone.uuid])
                step(len(gone))
                by_table: dict[str, list[dict]] = {}
                for rec in puts:
                    by_table.setdefault(TABLE_OF[type(rec)], []).append(to_row(rec))
                for table, rows in by_table.items():
                    db[table].upsert_all(rows, pk="uuid", batch_size=500)
                    step(len(rows))
                if puts:
                    marks = [r.uuid for r in puts]
                    for start in range(0, len(marks), 500):
                        chunk = marks[start:start + 500]
                        marks_sql = ",".join("?" * len(chunk))
                        db.execute(f"DELETE FROM tombstone WHERE uuid IN ({marks_sql})", chunk)
                stones = [{"uuid": t.uuid, "table_name": TABLE_OF[_class(t.kind)],
                           "deleted_at": t.deleted_at, "revision": t.revision}
                          for t in (*gone, *new_stones)]
                if stones:
                    db["tombstone"].upsert_all(stones, pk="uuid", batch_size=500)
                for batch in _batches(self._their_history(), _CHUNK):
                    db["history"].insert_all(
                        (dict(zip(_HISTORY_COLUMNS, h, strict=True)) for h in batch),
                        pk="uuid", ignore=True, batch_size=500)
                    step(len(batch))
                if history:
                    db["history"].insert_all(history, pk="uuid", ignore=True, batch_size=500)
                self.touched = touched_use_cases(puts, [self.mine.records[t.uuid] for t in gone])
                # people whose internal flag may have changed: their use cases' RACI errors too
                people = [r.uuid for r in (*puts, *(self.mine.records[t.uuid] for t in gone))
                          if isinstance(r, m.Person)]
                self.touched.update(digests.use_cases_of_people(db.conn, people))
                refreshed, vanished = digests.refresh(db.conn, sorted(self.touched))
                step(len(history) + 1)  # the last chance to cancel: then it commits
        except sqlite3.IntegrityError as exc:
            raise FileError("damaged", self.source, reason=f"merge: {exc}") from None
        except (sqlite3.Error, OSError, UnicodeDecodeError) as exc:
            raise as_file_error(exc, self.wf.path) from None
        except BaseException:
            self.touched = set()
            raise
        self.wf.remember_digests(refreshed, vanished)
        if puts or gone or new_stones:
            self.wf.modified = True
        if self.disk_seen is not None:
            # the version on disk is merged now: Save may replace it (and only it)
            self.wf.disk_identity = self.disk_seen
        return counts


def touched_use_cases(written: list[m.Record], deleted: list[m.Record]) -> set[str]:
    """The use cases a merge wrote or deleted, or whose children it wrote or deleted.

    The one place that knows which use cases' derived data must be worked out again after
    a merge: apply() calls it inside its transaction, where anything derived from a use case
    and its children is brought up to date for exactly these.
    """
    out: set[str] = set()
    for rec in (*written, *deleted):
        if isinstance(rec, m.UseCase):
            out.add(rec.uuid)
        else:
            parent = getattr(rec, "use_case_uuid", None)
            if parent:
                out.add(str(parent))
    return out


def _batches(rows: Iterator[tuple[Any, ...]], size: int) -> Iterator[list[tuple[Any, ...]]]:
    """Rows in lists of `size` (the last one shorter)."""
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _close_quietly(wf: WorkspaceFile) -> None:
    """Closes the other copy (its working copy goes); a failure here must not mask another."""
    with contextlib.suppress(Exception):
        wf.close()


def _class(kind: str) -> type[m.Record]:
    """The record class of a merge kind name."""
    for cls in TABLE_OF:
        if cls.__name__ == kind:
            return cls
    raise ValueError(kind)


def _entry(at: str, author: str, rec: m.Record, action: str, text: str) -> dict:
    """A history row written by the merge."""
    return {"uuid": str(_uuid.uuid4()), "at": at, "author": author,
            "table_name": TABLE_OF[type(rec)], "row_uuid": rec.uuid, "action": action,
            "summary": text}


def prepare(wf: WorkspaceFile, source: Path | str, *, prefer: str = MINE,
            from_disk: bool = False, progress: ProgressFn | None = None) -> MergeSession:
    """Reads the other copy (validated like any file) and plans its merge into `wf`.

    `from_disk` merges the version of our own file that someone else saved meanwhile
    (after "changed_on_disk"); otherwise merging a file into itself is refused.
    `progress(done, total)` hears of the rows read and may raise Cancelled (nothing is
    written before apply(), so stopping here changes nothing).
    """
    source = Path(source)
    if not from_disk and wf.path is not None and source.resolve() == wf.path.resolve():
        raise FileError("same_file", source)
    seen = None
    if from_disk:
        try:
            seen = identity_of(source)  # before reading: a change while reading shows later
        except OSError as exc:
            raise as_file_error(exc, source) from None
    other = WorkspaceFile.open(source, read_only=True)
    try:
        mine, theirs = read_states(wf, other, progress)
        plan = plan_merge(mine, theirs, prefer=prefer)
        session = MergeSession(wf, source, plan, mine, other, seen)
    except BaseException:
        other.close()
        raise
    session.preview()  # the summary's counts, worked out here rather than by the window
    return session


def describe_conflict(conflict: Any) -> str:
    """A one-line, language-neutral label for a conflict (the kind and the record's name)."""
    return f"{kind_of(conflict.mine)} {summary(conflict.mine) or conflict.mine.uuid[:8]}"
