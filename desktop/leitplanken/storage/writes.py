"""Row changes with their history and tombstones; callers wrap each call in one transaction.

Takes a sqlite_utils Database (imported by the caller, lazily) and domain records. Deleting a
row also removes or unlinks the rows that point at it, so no reference dangles (the foreign
keys are enforced at commit).
"""

from __future__ import annotations

import json
import sqlite3
import uuid as _uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from leitplanken.domain import fields as decl
from leitplanken.domain import model as m
from leitplanken.storage.rows import summary, table_for, to_row


def _dependents(table: str) -> tuple[tuple[str, str, str], ...]:
    """Rows that point at a deleted row of `table`: (table, column, "delete" or "unlink").

    Derived from the references declared in domain/fields.py; a decision's link to the entry
    it corrects is left to the check below (a corrected entry is never removed alone).
    """
    return tuple(
        (d.record_type.table, d.field.name,
         "delete" if d.field.on_delete is decl.OnDelete.CASCADE else "unlink")
        for d in decl.dependents(table)
        if not (d.record_type.table == table == "decision")
    )


def utc_now() -> str:
    """The timestamp stored in modified_at and the history (ISO 8601, UTC, microseconds)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def existing(db: Any, table: str, uuids: Sequence[str]) -> set[str]:
    """Which of the UUIDs already have a row in `table` (queried in chunks)."""
    found: set[str] = set()
    for start in range(0, len(uuids), 500):
        chunk = list(uuids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        found.update(
            r[0]
            for r in db.execute(f"SELECT uuid FROM {table} WHERE uuid IN ({marks})", chunk)
        )
    return found


def _history_row(at: str, author: str, table: str, row_uuid: str, action: str, text: str) -> dict:
    """One history entry as a row."""
    return {
        "uuid": str(_uuid.uuid4()),
        "at": at,
        "author": author,
        "table_name": table,
        "row_uuid": row_uuid,
        "action": action,
        "summary": text,
    }


def insert_new(conn: sqlite3.Connection, records: Iterable[m.Record], at: str, author: str) -> None:
    """Bulk-inserts the records of a new file (one history entry for the whole creation).

    Plain executemany on the connection rather than sqlite-utils: a new or demo workspace is
    created at start-up, before the window shows, and sqlite-utils costs ~80 ms to import.
    """
    by_table: dict[str, list[dict]] = defaultdict(list)
    first_company = None
    for record in records:
        table = table_for(record)
        if not record.modified_at:
            record.modified_at = at
        record.revision = max(record.revision, 1)
        by_table[table].append(to_row(record))
        if table == "company" and first_company is None:
            first_company = record
    if first_company is not None:
        by_table["history"].append(
            _history_row(at, author, "company", first_company.uuid, "create", summary(first_company))
        )
    for table, rows in by_table.items():
        columns = list(rows[0])
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" * len(columns))
        conn.executemany(
            f'INSERT INTO "{table}" ({names}) VALUES ({marks})',
            ([row[c] for c in columns] for row in rows),
        )


#: From this many new rows of one table on, put_records inserts them with one plain
#: executemany (an import's 90,000 checklist items: seconds less); fewer go through sqlite-utils.
BULK_ROWS = 200


def put_records(db: Any, records: Sequence[m.Record], at: str, author: str, *,
                grouped: bool = False) -> None:
    """Inserts or updates rows; the caller already bumped revision and modified_at.

    `grouped` (an import): a use case that is new together with its children gets ONE
    history entry, "create", and its children none; an import of thousands would otherwise
    write a history row for every activity and checklist item. A "create" entry's time
    counts as seen for every record in merge (merge_apply.read_state), and the children
    carry that same time, so merging still knows they were seen.
    """
    by_table: dict[str, list[m.Record]] = defaultdict(list)
    for record in records:
        by_table[table_for(record)].append(record)
    known_by_table = {table: existing(db, table, [r.uuid for r in group])
                      for table, group in by_table.items()}
    created = {r.uuid for r in by_table.get("use_case", ())
               if r.uuid not in known_by_table["use_case"]}
    history: list[dict] = []
    for table, group in by_table.items():
        uuids = [r.uuid for r in group]
        known = known_by_table[table]
        history += field_changes(db, table, [r for r in group if r.uuid in known], at, author)
        fresh = [r for r in group if r.uuid not in known]
        if len(fresh) >= BULK_ROWS:  # plain INSERT: sqlite-utils' upsert costs seconds here
            _insert_rows(db, table, [to_row(r) for r in fresh])
            group_left = [r for r in group if r.uuid in known]
        else:
            group_left = group
        if group_left:
            db[table].upsert_all([to_row(r) for r in group_left], pk="uuid", batch_size=500)
        for r in group:
            if r.uuid in known:
                history.append(_history_row(at, author, table, r.uuid, "update", summary(r)))
            elif grouped and table == "use_case":
                history.append(_history_row(at, author, table, r.uuid, "create", summary(r)))
            elif not grouped or getattr(r, "use_case_uuid", None) not in created:
                history.append(_history_row(at, author, table, r.uuid, "insert", summary(r)))
        _drop_tombstones(db, uuids)
    if len(history) >= BULK_ROWS:
        _insert_rows(db, "history", history)
    elif history:
        db["history"].insert_all(history, batch_size=500)


def _insert_rows(db: Any, table: str, rows: list[dict]) -> None:
    """Inserts new rows with one executemany, inside the caller's transaction (same columns)."""
    columns = list(rows[0])
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    db.conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})',
                        ([row[c] for c in columns] for row in rows))


def _drop_tombstones(db: Any, uuids: Sequence[str]) -> None:
    """A row put back (undo of a deletion) is no longer deleted."""
    if len(uuids) > 500 and db.execute("SELECT 1 FROM tombstone LIMIT 1").fetchone() is None:
        return  # nothing was deleted: no need to look for 100,000 imported rows one chunk at a time
    for start in range(0, len(uuids), 500):
        chunk = list(uuids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        db.execute(f"DELETE FROM tombstone WHERE uuid IN ({marks})", chunk)


def _chunks(values: Sequence[str], size: int = 500) -> Iterable[list[str]]:
    """Slices of at most `size` values, for `IN (…)` queries within SQLite's variable limit."""
    for begin in range(0, len(values), size):
        yield list(values[begin : begin + size])


def _marks(chunk: Sequence[object]) -> str:
    """The placeholders of an `IN (…)` list."""
    return ",".join("?" * len(chunk))


#: The columns whose first non-empty value names a deleted row in its history entry.
_SUMMARY_KEYS = ("title", "name", "letter", "kind")


def delete_records(db: Any, records: Sequence[m.Record], at: str, author: str, *,
                   grouped: bool = False) -> set[str]:
    """Removes rows and what depends on them, leaving tombstones and history entries.

    Returns the UUIDs of the use cases whose rows were removed or changed (their digests must
    be refreshed; a deleted use case's is removed).

    Works a table at a time with chunked `IN (…)` queries and executemany: undoing an import
    removes some 70,000 rows (use cases with their activities and checklist items), which one
    statement per row made take seconds. `grouped` (undoing an import) mirrors put_records: a
    use case's "delete" entry stands for the children removed with it, which get none; every
    row still gets its tombstone, so a merge does not bring any of them back.
    """
    doomed: dict[str, tuple[str, int, str]] = {}  # uuid -> (table, revision, summary)
    unlink: list[tuple[str, str, list[str]]] = []  # (table, column, uuids of deleted rows)
    pending: dict[str, list[str]] = defaultdict(list)
    parents: dict[str, str] = {}  # uuid of a deleted row -> the use case it belongs to
    for record in records:
        pending[table_for(record)].append(record.uuid)
    while pending:
        table, wanted = pending.popitem()
        fresh = [u for u in dict.fromkeys(wanted) if u not in doomed]
        found: list[str] = []
        # only what the tombstone and the history entry need (a checklist item's text is long)
        present = {str(r[1]) for r in db.execute(f"PRAGMA table_info({table})")}
        wanted_columns = ", ".join(c for c in ("uuid", "revision", "use_case_uuid", *_SUMMARY_KEYS)
                                   if c in present)
        for chunk in _chunks(fresh):
            cursor = db.execute(f"SELECT {wanted_columns} FROM {table} WHERE uuid IN "
                                f"({_marks(chunk)})", chunk)
            names = [d[0] for d in cursor.description]
            for row in cursor.fetchall():
                values = dict(zip(names, row, strict=True))
                text = next((str(values[k]) for k in _SUMMARY_KEYS if values.get(k)), "")
                doomed[str(values["uuid"])] = (table, int(values["revision"] or 0), text[:120])
                found.append(str(values["uuid"]))
                if values.get("use_case_uuid"):
                    parents[str(values["uuid"])] = str(values["use_case_uuid"])
        if not found:
            continue
        for dep_table, column, action in _dependents(table):
            if action == "delete":
                for chunk in _chunks(found):
                    pending[dep_table].extend(str(u) for (u,) in db.execute(
                        f"SELECT uuid FROM {dep_table} WHERE {column} IN ({_marks(chunk)})", chunk))
            else:
                unlink.append((dep_table, column, found))
    decisions = [u for u, (table, _rev, _text) in doomed.items() if table == "decision"]
    for chunk in _chunks(decisions):
        for (later,) in db.execute(
            f"SELECT uuid FROM decision WHERE corrects_uuid IN ({_marks(chunk)})", chunk
        ):
            if later not in doomed:
                raise ValueError("a decision that a later entry corrects cannot be removed")
    history: list[dict] = []
    touched = {u if table == "use_case" else parents[u]
               for u, (table, _rev, _text) in doomed.items()
               if table == "use_case" or u in parents}
    for dep_table, column, gone in unlink:
        owner = "uuid" if dep_table == "use_case" else "use_case_uuid"
        has_owner = owner == "uuid" or any(
            str(r[1]) == owner for r in db.execute(f"PRAGMA table_info({dep_table})"))
        for chunk in _chunks(gone):
            # one entry per reference cleared, as a row pointing at two deleted rows gets two
            rows = db.execute(
                f"SELECT uuid, {owner if has_owner else 'NULL'} FROM {dep_table} "
                f"WHERE {column} IN ({_marks(chunk)})", chunk).fetchall()
            hits = [str(u) for (u, _owner) in rows if u not in doomed]
            touched.update(str(o) for (u, o) in rows if o is not None and u not in doomed)
            db.conn.executemany(
                f"UPDATE {dep_table} SET {column} = NULL, modified_at = ?, "
                "revision = revision + 1 WHERE uuid = ?",
                [(at, u) for u in hits],
            )
            history += [_history_row(at, author, dep_table, u, "update", "") for u in hits]
    by_table: dict[str, list[str]] = defaultdict(list)
    gone_use_cases = {u for u, (table, _rev, _text) in doomed.items() if table == "use_case"}
    for row_uuid, (table, _rev, text) in doomed.items():
        by_table[table].append(row_uuid)
        if grouped and parents.get(row_uuid) in gone_use_cases:
            continue
        history.append(_history_row(at, author, table, row_uuid, "delete", text))
    for table, uuids in by_table.items():
        for chunk in _chunks(uuids):
            db.execute(f"DELETE FROM {table} WHERE uuid IN ({_marks(chunk)})", chunk)
    if doomed:
        db.conn.executemany(
            "INSERT INTO tombstone (uuid, table_name, deleted_at, revision) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(uuid) DO UPDATE SET table_name = excluded.table_name, "
            "deleted_at = excluded.deleted_at, revision = excluded.revision",
            [(u, table, at, revision + 1) for u, (table, revision, _text) in doomed.items()],
        )
    if history:
        _insert_rows(db, "history", history)
    return touched


#: The history action of an entry holding a change's old and new values (JSON in summary),
#: written just before the "update" entry it belongs to (same time, same row).
FIELD_CHANGES = "fields"

#: How much of a long text old → new keeps: enough to recognise it, not a second copy.
_SHOWN_CHARS = 200


def field_changes(db: Any, table: str, records: Sequence[m.Record], at: str, author: str) -> list[dict]:
    """History entries with the old and new value of each changed field of updated records.

    Read from the rows before they are overwritten; only fields declared worth a line in the
    history (domain/fields.py) count, long texts are cut. An unchanged record gets none.
    """
    rt = decl.record_type_of_table(table)
    if rt is None or not records:
        return []
    names = [f.name for f in rt.fields if f.history]
    if not names:
        return []
    old_rows: dict[str, dict] = {}
    columns = ", ".join(f'"{n}"' for n in ["uuid", *names])
    for start in range(0, len(records), 500):
        chunk = [r.uuid for r in records[start : start + 500]]
        marks = ",".join("?" * len(chunk))
        for row in db.execute(f'SELECT {columns} FROM "{table}" WHERE uuid IN ({marks})', chunk):
            old_rows[str(row[0])] = dict(zip(names, row[1:], strict=True))
    entries = []
    for record in records:
        old = old_rows.get(record.uuid)
        if old is None:
            continue
        new = to_row(record)
        changed = {n: [_shown(old[n]), _shown(new.get(n))] for n in names if old[n] != new.get(n)}
        if changed:
            entries.append(_history_row(at, author, table, record.uuid, FIELD_CHANGES,
                                        json.dumps(changed, ensure_ascii=False)))
    return entries


def _shown(value: Any) -> Any:
    """A stored value as the history keeps it: long texts cut with an ellipsis."""
    if isinstance(value, str) and len(value) > _SHOWN_CHARS:
        return value[: _SHOWN_CHARS - 1] + "…"
    return value
