"""Merging a file into the open workspace: reading both copies for merge, writing the result.

merge.py decides; this module is the SQL around it. Records the merge takes are written as
they are (their own modified_at and revision, so merging the same copy again finds nothing
new), deletions become tombstones with the deleting copy's time, and the other copy's history
is imported entry by entry (entries carry a UUID, so nothing is duplicated or overwritten).
Every version not taken in a conflict gets a history entry of its own ("merge_kept").
"""

from __future__ import annotations

import json
import sqlite3
import uuid as _uuid
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from leitplanken.domain import model as m
from leitplanken.storage.errors import FileError, as_file_error
from leitplanken.storage.merge import MINE, MergePlan, plan_merge
from leitplanken.storage.merge_state import (
    MergeState,
    Tombstone,
    content_fields,
    kind_of,
    same_version,
    state_from_workspace,
)
from leitplanken.storage.rows import CLASS_OF, TABLE_OF, summary, to_row
from leitplanken.storage.workspace_file import WorkspaceFile

_HISTORY_COLUMNS = ("uuid", "at", "author", "table_name", "row_uuid", "action", "summary")


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
    return state, history


def _describe(rec: m.Record, names: tuple[str, ...] | list[str]) -> str:
    """The fields of a version not taken, as compact JSON for its history entry."""
    def plain(value: object) -> object:
        """A value JSON can hold (enums by their value, decimals and dates as text)."""
        if isinstance(value, Enum):
            return value.value
        if isinstance(value, (str, int, float, bool, type(None), list)):
            return value
        return str(value)

    text = json.dumps({n: plain(getattr(rec, n)) for n in names}, ensure_ascii=False)
    return text if len(text) <= 2000 else text[:1999] + "…"


@dataclass
class MergeSession:
    """A merge in progress: the plan (with its conflicts to decide) and what to import."""

    wf: WorkspaceFile
    source: Path
    plan: MergePlan
    mine: MergeState
    their_history: list[tuple[Any, ...]] = field(default_factory=list)

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

    def apply(self) -> dict[str, int]:
        """Writes the merged result into the working copy in one transaction."""
        if self.wf.read_only:
            raise FileError("read_only", self.wf.path)
        result = self.plan.result()
        counts = self.changes(result)
        puts = [r for u, r in result.records.items()
                if u not in self.mine.records or not same_version(r, self.mine.records[u])]
        gone = [result.tombstones[u] for u in self.mine.records if u not in result.records]
        new_stones = [t for u, t in result.tombstones.items()
                      if u not in self.mine.tombstones and u not in self.mine.records]
        at, author = self.plan.now, self.wf.author
        history = [dict(zip(_HISTORY_COLUMNS, h, strict=True)) for h in self.their_history]
        for c in self.plan.conflicts:
            loser = c.loser(at)
            if loser is not None:
                names = c.fields or content_fields(loser)
                history.append(_entry(at, author, loser, "merge_kept", _describe(loser, names)))
        for rec in puts:
            history.append(_entry(at, author, rec, "merge", summary(rec)))
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
    other = WorkspaceFile.open(source, read_only=True)
    try:
        theirs, their_history = read_state(other)
    finally:
        other.close()
    mine, _ = read_state(wf)
    plan = plan_merge(mine, theirs, prefer=prefer)
    return MergeSession(wf, source, plan, mine, their_history)


def describe_conflict(conflict: Any) -> str:
    """A one-line, language-neutral label for a conflict (the kind and the record's name)."""
    return f"{kind_of(conflict.mine)} {summary(conflict.mine) or conflict.mine.uuid[:8]}"
