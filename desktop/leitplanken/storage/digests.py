"""The file's table of use-case digests: derived facts kept beside the records, never merged.

Each row holds one use case's digest (domain/digest.py) as JSON, with the rules version that
computed it. Every write through WorkspaceFile refreshes the digests of the use cases it
touched in the same transaction; a digest that is missing, unreadable or made by other rules is
recomputed from the use case's rows when the file is opened. So the table can always be
rebuilt from the records: a merge, a copy or a hostile file cannot make the records wrong
through it (docs/PERFORMANCE.md).
"""

from __future__ import annotations

import copy
import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from leitplanken.domain import fields as decl
from leitplanken.domain import model as m
from leitplanken.domain.digest import RULES_VERSION, DueItem, UseCaseDigest, digest
from leitplanken.domain.finding import Finding
from leitplanken.storage.reads import read_children, sorted_children
from leitplanken.storage.rows import from_row

_CHUNK = 500


def _finding_json(f: Finding) -> list[Any]:
    """A RACI error as JSON (its params hold only strings, numbers and lists of them)."""
    return [f.code, f.severity, f.use_case_uuid, f.activity_uuid, f.item_uuid,
            list(f.person_uuids), f.params, f.on.isoformat() if f.on else None]


def _finding(value: list[Any]) -> Finding:
    """The RACI error `_finding_json` wrote."""
    code, severity, uc, activity, item, people, params, on = value
    if severity not in ("error", "warning", "hint") or not isinstance(params, dict):
        raise ValueError("not a finding")
    return Finding(str(code), severity, uc, activity, item, tuple(str(p) for p in people),
                   params, date.fromisoformat(on) if on else None)


def to_json(d: UseCaseDigest) -> str:
    """A digest as the compact JSON the table keeps."""
    return json.dumps([
        d.readiness_done, d.readiness_total, d.readiness_open, d.last_movement.isoformat(),
        [[i.item_uuid, i.due.isoformat(), i.owner_uuid, i.catalogue_key, i.title, i.category]
         for i in d.due_items],
        [_finding_json(f) for f in d.raci_errors],
        [list(pair) for pair in d.accountable],
        [list(pair) for pair in d.responsible],
    ], separators=(",", ":"), ensure_ascii=False)


def from_json(use_case_uuid: str, body: str) -> UseCaseDigest:
    """The digest `to_json` wrote; ValueError (or TypeError) for anything else."""
    done, total, open_, moved, due, errors, accountable, responsible = json.loads(body)
    return UseCaseDigest(
        use_case_uuid=use_case_uuid,
        readiness_done=int(done),
        readiness_total=int(total),
        readiness_open=int(open_),
        last_movement=date.fromisoformat(moved),
        due_items=tuple(DueItem(str(i), date.fromisoformat(d), o if o is None else str(o),
                                k if k is None else str(k), str(t), str(c))
                        for i, d, o, k, t, c in due),
        raci_errors=tuple(_finding(f) for f in errors),
        accountable=tuple((str(p), int(n)) for p, n in accountable),
        responsible=tuple((str(p), int(n)) for p, n in responsible),
    )


def read_all(conn: sqlite3.Connection) -> dict[str, UseCaseDigest]:
    """Every stored digest made by these rules; unreadable ones are left out (recomputed)."""
    found: dict[str, UseCaseDigest] = {}
    rows = conn.execute("SELECT use_case_uuid, body FROM use_case_digest WHERE rules = ?",
                        [RULES_VERSION])
    for uuid, body in rows:
        try:
            found[str(uuid)] = from_json(str(uuid), str(body))
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            continue  # written by something else: computed again from the records
    return found


def orphans(conn: sqlite3.Connection) -> list[str]:
    """Digest rows of use cases that are not in the file (any rules, readable or not)."""
    return [str(r[0]) for r in conn.execute(
        "SELECT use_case_uuid FROM use_case_digest WHERE use_case_uuid NOT IN "
        "(SELECT uuid FROM use_case)")]


def store(conn: sqlite3.Connection, digests: Iterable[UseCaseDigest]) -> None:
    """Writes digests (inside the caller's transaction)."""
    conn.executemany(
        "INSERT OR REPLACE INTO use_case_digest (use_case_uuid, rules, body) VALUES (?, ?, ?)",
        [(d.use_case_uuid, RULES_VERSION, to_json(d)) for d in digests],
    )


def forget(conn: sqlite3.Connection, use_case_uuids: Sequence[str]) -> None:
    """Removes the digests of use cases that no longer exist."""
    for start in range(0, len(use_case_uuids), _CHUNK):
        chunk = list(use_case_uuids[start:start + _CHUNK])
        conn.execute(
            f"DELETE FROM use_case_digest WHERE use_case_uuid IN ({','.join('?' * len(chunk))})",
            chunk)


def people(conn: sqlite3.Connection) -> dict[str, m.Person]:
    """Everyone in the file (the RACI rules ask who exists and who is internal)."""
    cursor = conn.execute("SELECT * FROM person")
    names = [d[0] for d in cursor.description]
    return {p.uuid: p for p in
            (from_row(m.Person, dict(zip(names, row, strict=True))) for row in cursor)}


def _system_names(conn: sqlite3.Connection) -> dict[str, str]:
    """System names as the children are sorted by them."""
    return {str(u): str(n).casefold() for u, n in conn.execute("SELECT uuid, name FROM system")}


def compute(conn: sqlite3.Connection, use_case_uuids: Iterable[str],
            known: Mapping[str, m.Person] | None = None) -> tuple[list[UseCaseDigest], list[str]]:
    """Digests of the given use cases from their rows; also the UUIDs no longer in the file."""
    known = people(conn) if known is None else known
    names = _system_names(conn)
    columns = [d[0] for d in conn.execute("SELECT * FROM use_case LIMIT 0").description]
    made: list[UseCaseDigest] = []
    gone: list[str] = []
    for uuid in dict.fromkeys(use_case_uuids):
        row = conn.execute("SELECT * FROM use_case WHERE uuid = ?", [uuid]).fetchone()
        if row is None:
            gone.append(uuid)
            continue
        uc = from_row(m.UseCase, dict(zip(columns, row, strict=True)))
        m.set_children(uc, sorted_children(read_children(conn, uuid), names))
        made.append(digest(uc, known))
    return made, gone


def refresh(conn: sqlite3.Connection, use_case_uuids: Iterable[str],
            known: Mapping[str, m.Person] | None = None) -> tuple[list[UseCaseDigest], list[str]]:
    """Recomputes and stores the digests of use cases whose rows changed (caller's transaction).

    Returns the new digests and the UUIDs of use cases that are gone (their digests removed).
    """
    made, gone = compute(conn, use_case_uuids, known)
    store(conn, made)
    forget(conn, gone)
    return made, gone


def of_new_use_cases(batch: Sequence[m.Record], new: set[str],
                     known: Mapping[str, m.Person]) -> list[UseCaseDigest]:
    """Digests of use cases written for the first time with all their children in `batch`.

    An import writes thousands of new use cases at once; their rows are exactly the records
    in the batch, so the digest is computed from those without reading them back.
    """
    kids: dict[str, dict[str, list[Any]]] = {u: {} for u in new}
    lists = {rt.cls: str(rt.collection) for rt in decl.use_case_children()}
    for record in batch:
        name = lists.get(type(record))
        owner = getattr(record, "use_case_uuid", None)
        if name is not None and owner in kids:
            kids[owner].setdefault(name, []).append(record)
    names: dict[str, str] = {}
    made = []
    for record in batch:
        if isinstance(record, m.UseCase) and record.uuid in kids:
            bare: m.UseCase = copy.copy(record)  # the batch's own object keeps its lists
            m.set_children(bare, sorted_children(kids[record.uuid], names))
            made.append(digest(bare, known))
    return made


def use_cases_of_people(conn: sqlite3.Connection, person_uuids: Sequence[str]) -> list[str]:
    """Use cases whose RACI matrix names one of these people (their digests depend on them)."""
    found: list[str] = []
    for start in range(0, len(person_uuids), _CHUNK):
        chunk = list(person_uuids[start:start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        found += [str(r[0]) for r in conn.execute(
            f"SELECT DISTINCT use_case_uuid FROM raci_cell WHERE person_uuid IN ({marks})",
            chunk)]
    return found


def internal_flags(conn: sqlite3.Connection, person_uuids: Sequence[str]) -> dict[str, bool]:
    """Whether each of these people is stored as internal (absent: not stored yet)."""
    flags: dict[str, bool] = {}
    for start in range(0, len(person_uuids), _CHUNK):
        chunk = list(person_uuids[start:start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        for uuid, internal in conn.execute(
                f"SELECT uuid, internal FROM person WHERE uuid IN ({marks})", chunk):
            flags[str(uuid)] = bool(internal)
    return flags
