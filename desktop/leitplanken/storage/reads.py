"""Reads a whole workspace out of a database, in a stable order the interface can rely on."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Any

from leitplanken.domain import fields as decl
from leitplanken.domain import model as m
from leitplanken.storage.rows import CLASS_OF, from_row
from leitplanken.storage.schema import RECORD_TABLES

_CX_ORDER = {q: i for i, q in enumerate(m.CxQuestion)}


def _rows(conn: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    """All rows of one of our tables as dicts (table names come from RECORD_TABLES only)."""
    cursor = conn.execute(f"SELECT * FROM {table}")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _text_key(text: str) -> str:
    """Sorting key for names and titles that ignores case."""
    return text.casefold()


def load_workspace(conn: sqlite3.Connection) -> m.Workspace:
    """Builds the Workspace with every use case's children; ValueError on impossible values."""
    records: dict[str, list[Any]] = {
        table: [from_row(CLASS_OF[table], row) for row in _rows(conn, table)]
        for table in RECORD_TABLES
    }
    companies = sorted(records["company"], key=lambda c: (c.modified_at, c.uuid))
    ws = m.Workspace(company=companies[-1] if companies else m.Company())
    ws.people = sorted(records["person"], key=lambda p: (_text_key(p.name), p.uuid))
    ws.board = sorted(records["board_member"], key=lambda b: (b.sort, b.uuid))
    ws.systems = sorted(records["system"], key=lambda s: (_text_key(s.name), s.uuid))
    system_names = {s.uuid: _text_key(s.name) for s in ws.systems}

    children: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for rt in decl.use_case_children():
        for record in records[rt.table]:
            children[record.use_case_uuid][str(rt.collection)].append(record)

    for uc in records["use_case"]:
        kids = children.get(uc.uuid, {})
        uc.systems = sorted(
            kids.get("systems", []), key=lambda s: (system_names.get(s.system_uuid, ""), s.uuid)
        )
        uc.activities = sorted(
            kids.get("activities", []), key=lambda a: (a.sort, _text_key(a.title), a.uuid)
        )
        uc.members = sorted(kids.get("members", []), key=lambda r: (r.sort, r.uuid))
        uc.cells = sorted(
            kids.get("cells", []), key=lambda c: (c.activity_uuid, c.person_uuid, c.uuid)
        )
        uc.checklist = sorted(
            kids.get("checklist", []), key=lambda i: (i.sort, _text_key(i.title), i.uuid)
        )
        uc.cx = sorted(kids.get("cx", []), key=lambda a: (_CX_ORDER[a.question], a.uuid))
        uc.decisions = sorted(
            kids.get("decisions", []), key=lambda d: (d.decided_on, d.recorded_at, d.uuid)
        )
    ws.use_cases = sorted(records["use_case"], key=lambda u: (_text_key(u.title), u.uuid))
    return ws


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """How many rows each table holds (for `leitplanken check` and the check-file dialog)."""
    return {
        table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in (*RECORD_TABLES, "tombstone", "history")
    }
