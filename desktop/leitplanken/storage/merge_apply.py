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

import json
import sqlite3
import uuid as _uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from leitplanken.domain import model as m
from leitplanken.storage.disk_watch import FileIdentity, has_changed, identity_of
from leitplanken.storage.errors import FileError, as_file_error
from leitplanken.storage.merge import MINE, MergePlan, plan_merge
from leitplanken.storage.merge_state import (
    MergeState,
    Tombstone,
    kind_of,
    same_version,
    state_from_workspace,
)
from leitplanken.storage.rows import CLASS_OF, TABLE_OF, from_row, summary, to_row
from leitplanken.storage.workspace_file import WorkspaceFile

_HISTORY_COLUMNS = ("uuid", "at", "author", "table_name", "row_uuid", "action", "summary")

#: The history action of a full version (a common ancestor for later merges).
VERSION = "version"
#: The history action of a version a merge did not take whole (full JSON, to get it back).
KEPT = "merge_kept"


def _rows(wf: WorkspaceFile, sql: str) -> list[tuple[Any, ...]]:
    """Runs a read on a workspace's working copy with file problems mapped to FileError."""
    try:
        return list(wf.db.execute(sql).fetchall())
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        raise as_file_error(exc, wf.path) from None


def read_state(wf: WorkspaceFile) -> tuple[MergeState, list[tuple[Any, ...]]]:
    """One copy as merge sees it, plus its raw history rows (to unite with the other's).

    A new file records one "create" entry for all its rows, stamped with the time every row
    got; that time therefore counts as seen for every record of the file.
    """
    ws = wf.load()
    stones = []
    for row_uuid, table, deleted_at, revision in _rows(
        wf, "SELECT uuid, table_name, deleted_at, revision FROM tombstone"
    ):
        cls = CLASS_OF.get(str(table))
        if cls is not None:
            stones.append(Tombstone(str(row_uuid), cls.__name__, str(deleted_at), int(revision)))
    history = _rows(wf, "SELECT " + ", ".join(_HISTORY_COLUMNS) + " FROM history")
    created = {str(h[1]) for h in history if h[5] == "create"}
    seen: dict[str, set[str]] = {}
    for h in history:
        seen.setdefault(str(h[4]), set()).add(str(h[1]))
    state = state_from_workspace(ws, stones, {})
    for u in set(state.records) | set(state.tombstones) | set(seen):
        state.seen[u] = frozenset(seen.get(u, set()) | created)
    for h in history:
        if h[5] == VERSION:
            rec = _version(h)
            if rec is not None:
                state.versions.setdefault(rec.uuid, {})[rec.modified_at] = rec
    return state, history


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


@dataclass
class MergeSession:
    """A merge in progress: the plan (with its conflicts to decide) and what to import."""

    wf: WorkspaceFile
    source: Path
    plan: MergePlan
    mine: MergeState
    their_history: list[tuple[Any, ...]] = field(default_factory=list)
    #: For a merge of our own file changed on disk: what the file looked like when it was read.
    disk_seen: FileIdentity | None = None

    @property
    def conflicts(self) -> list:
        """The conflicts the user may decide before apply()."""
        return self.plan.conflicts

    def changes(self, result: MergeState | None = None) -> dict[str, int]:
        """How many records the merge adds, changes and deletes in our copy (for the summary)."""
        result = result if result is not None else self.plan.result()
        added = sum(1 for u in result.records if u not in self.mine.records)
        changed = sum(1 for u, r in result.records.items()
                      if u in self.mine.records and not same_version(r, self.mine.records[u]))
        deleted = sum(1 for u in self.mine.records if u not in result.records)
        return {"added": added, "changed": changed, "deleted": deleted,
                "conflicts": len(self.plan.conflicts)}

    def notes(self, result: MergeState | None = None) -> dict[str, int]:
        """What the summary must point out: edits a deletion removed, rewritten decisions."""
        result = result if result is not None else self.plan.result()
        return {"dropped": len(self.plan.dropped(result)), "rewritten": len(self.plan.rewritten)}

    def apply(self) -> dict[str, int]:
        """Writes the merged result into the working copy in one transaction."""
        if self.wf.read_only:
            raise FileError("read_only", self.wf.path)
        if self.disk_seen is not None and has_changed(self.source, self.disk_seen):
            # changed again while the user decided: merging the older version and then
            # saving would overwrite the newer change; the caller starts over with it
            raise FileError("changed_on_disk", self.source)
        result = self.plan.result()
        counts = self.changes(result) | self.notes(result)
        puts = [r for u, r in result.records.items()
                if u not in self.mine.records or not same_version(r, self.mine.records[u])]
        gone = [result.tombstones[u] for u in self.mine.records if u not in result.records]
        new_stones = [t for u, t in result.tombstones.items()
                      if u not in self.mine.tombstones and u not in self.mine.records]
        at, author = self.plan.now, self.wf.author
        history = [dict(zip(_HISTORY_COLUMNS, h, strict=True)) for h in self.their_history]
        kept = [rec for c in self.plan.conflicts for rec in c.kept(at)]
        kept += self.plan.dropped(result)
        kept += [ours for ours, _separate in self.plan.rewritten]
        for rec in kept:
            history.append(_entry(at, author, rec, KEPT, record_json(rec)))
        counts["kept"] = len(kept)
        for rec in puts:
            history.append(_entry(at, author, rec, "merge", summary(rec)))
        known = {(str(h[4]), str(h[1])) for h in self.their_history if h[5] == VERSION}
        history += version_entries(puts, known, author)
        for stone in gone:
            history.append(_entry(at, author, self.mine.records[stone.uuid], "delete",
                                  summary(self.mine.records[stone.uuid])))
        try:
            with self.wf.db.atomic():
                db = self.wf.db
                for stone in gone:
                    table = TABLE_OF[type(self.mine.records[stone.uuid])]
                    db.execute(f"DELETE FROM {table} WHERE uuid = ?", [stone.uuid])
                by_table: dict[str, list[dict]] = {}
                for rec in puts:
                    by_table.setdefault(TABLE_OF[type(rec)], []).append(to_row(rec))
                for table, rows in by_table.items():
                    db[table].upsert_all(rows, pk="uuid", batch_size=500)
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
                if history:
                    db["history"].insert_all(history, pk="uuid", ignore=True, batch_size=500)
        except sqlite3.IntegrityError as exc:
            raise FileError("damaged", self.source, reason=f"merge: {exc}") from None
        except (sqlite3.Error, OSError, UnicodeDecodeError) as exc:
            raise as_file_error(exc, self.wf.path) from None
        if puts or gone or new_stones:
            self.wf.modified = True
        if self.disk_seen is not None:
            # the version on disk is merged now: Save may replace it (and only it)
            self.wf.disk_identity = self.disk_seen
        return counts


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
            from_disk: bool = False) -> MergeSession:
    """Reads the other copy (validated like any file) and plans its merge into `wf`.

    `from_disk` merges the version of our own file that someone else saved meanwhile
    (after "changed_on_disk"); otherwise merging a file into itself is refused.
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
        theirs, their_history = read_state(other)
    finally:
        other.close()
    mine, _ = read_state(wf)
    plan = plan_merge(mine, theirs, prefer=prefer)
    return MergeSession(wf, source, plan, mine, their_history, seen)


def describe_conflict(conflict: Any) -> str:
    """A one-line, language-neutral label for a conflict (the kind and the record's name)."""
    return f"{kind_of(conflict.mine)} {summary(conflict.mine) or conflict.mine.uuid[:8]}"
