"""Reads a whole workspace out of a database, in a stable order the interface can rely on."""

from __future__ import annotations

import sqlite3
import threading
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from leitplanken.domain import fields as decl
from leitplanken.domain import model as m
from leitplanken.storage.rows import from_row, row_values
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


def sorted_children(
    kids: dict[str, list[Any]], system_names: dict[str, str]
) -> dict[str, list[Any]]:
    """A use case's child lists in the order every screen shows them (one order everywhere)."""
    return {
        "systems": sorted(
            kids.get("systems", []), key=lambda s: (system_names.get(s.system_uuid, ""), s.uuid)
        ),
        "activities": sorted(
            kids.get("activities", []), key=lambda a: (a.sort, _text_key(a.title), a.uuid)
        ),
        "members": sorted(kids.get("members", []), key=lambda r: (r.sort, r.uuid)),
        "cells": sorted(
            kids.get("cells", []), key=lambda c: (c.activity_uuid, c.person_uuid, c.uuid)
        ),
        "checklist": sorted(
            kids.get("checklist", []), key=lambda i: (i.sort, _text_key(i.title), i.uuid)
        ),
        "cx": sorted(kids.get("cx", []), key=lambda a: (_CX_ORDER[a.question], a.uuid)),
        "decisions": sorted(
            kids.get("decisions", []), key=lambda d: (d.decided_on, d.recorded_at, d.uuid)
        ),
    }


def _top_level(conn: sqlite3.Connection) -> m.Workspace:
    """The company, people, board and systems (small tables, always read whole)."""
    companies = sorted(
        (from_row(m.Company, row) for row in _rows(conn, "company")),
        key=lambda c: (c.modified_at, c.uuid),
    )
    ws = m.Workspace(company=companies[-1] if companies else m.Company())
    ws.people = sorted((from_row(m.Person, r) for r in _rows(conn, "person")),
                       key=lambda p: (_text_key(p.name), p.uuid))
    ws.board = sorted((from_row(m.BoardMember, r) for r in _rows(conn, "board_member")),
                      key=lambda b: (b.sort, b.uuid))
    ws.systems = sorted((from_row(m.System, r) for r in _rows(conn, "system")),
                        key=lambda s: (_text_key(s.name), s.uuid))
    return ws


def load_workspace(conn: sqlite3.Connection) -> m.Workspace:
    """Builds the Workspace with every use case's children; ValueError on impossible values."""
    ws = _top_level(conn)
    system_names = {s.uuid: _text_key(s.name) for s in ws.systems}
    children: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for rt in decl.use_case_children():
        for row in _rows(conn, rt.table):
            record: Any = from_row(rt.cls, row)
            children[record.use_case_uuid][str(rt.collection)].append(record)
    use_cases = [from_row(m.UseCase, row) for row in _rows(conn, "use_case")]
    for uc in use_cases:
        m.set_children(uc, sorted_children(children.get(uc.uuid, {}), system_names))
    ws.use_cases = sorted(use_cases, key=lambda u: (_text_key(u.title), u.uuid))
    return ws


class ChildrenSource:
    """Reads one use case's children from the file when a screen first needs them.

    Shared by every use case of a workspace opened lazily; `connection()` gives the open
    connection (ValueError once the file is closed). A lock keeps two threads (the window
    and an export) from reading the same use case twice at once.
    """

    def __init__(self, connection: Callable[[], sqlite3.Connection],
                 workspace: m.Workspace) -> None:
        """`workspace` names the systems the children are sorted by (their current names)."""
        self._connection = connection
        self._workspace = workspace
        self._lock = threading.RLock()
        #: How many use cases had their children read, for tests that count reads.
        self.reads = 0

    def fill(self, use_case: m.UseCase) -> None:
        """Reads and sets every child list of `use_case` (called by UseCase.__getattr__)."""
        with self._lock:
            if m.children_loaded(use_case):
                return
            kids = read_children(self._connection(), use_case.uuid)
            names = {s.uuid: _text_key(s.name) for s in self._workspace.systems}
            m.set_children(use_case, sorted_children(kids, names))
            self.reads += 1

    def fill_texts(self, use_case: m.UseCase) -> None:
        """Reads and sets a use case's long texts (called by UseCase.__getattr__)."""
        with self._lock:
            if m.texts_loaded(use_case):
                return
            conn = self._connection()
            row = conn.execute(f"SELECT {_TEXT_COLUMNS} FROM use_case WHERE uuid = ?",
                               [use_case.uuid]).fetchone()
            # a row deleted meanwhile leaves the texts empty; deletions read them first
            values = {} if row is None else row_values(
                m.UseCase, dict(zip(_TEXT_NAMES, row, strict=True)))
            m.set_texts(use_case, values)

    def fill_all_texts(self, use_cases: list[m.UseCase]) -> None:
        """Reads the long texts of every use case that lacks them, in one pass (the search)."""
        with self._lock:
            wanted = {uc.uuid: uc for uc in use_cases if not m.texts_loaded(uc)}
            if not wanted:
                return
            conn = self._connection()
            uuids = list(wanted)
            for start in range(0, len(uuids), 500):
                chunk = uuids[start:start + 500]
                cursor = conn.execute(f"SELECT uuid, {_TEXT_COLUMNS} FROM use_case "
                                      f"WHERE uuid IN ({','.join('?' * len(chunk))})", chunk)
                for uuid, *texts in cursor:
                    uc = wanted.pop(uuid, None)
                    if uc is not None:
                        m.set_texts(uc, row_values(
                            m.UseCase, dict(zip(_TEXT_NAMES, texts, strict=True))))
            for uc in wanted.values():  # rows gone meanwhile: deletions read them first
                m.set_texts(uc, {})

    def __deepcopy__(self, memo: dict[int, Any]) -> ChildrenSource:
        """A copied use case reads from the same file (the source holds no data of its own)."""
        return self

    def __copy__(self) -> ChildrenSource:
        """As deepcopy: the same source."""
        return self


def read_children(conn: sqlite3.Connection, use_case_uuid: str) -> dict[str, list[Any]]:
    """One use case's child records by list name, unsorted (through each table's index)."""
    kids: dict[str, list[Any]] = {}
    for rt in decl.use_case_children():
        cursor = conn.execute(f"SELECT * FROM {rt.table} WHERE use_case_uuid = ?",
                              [use_case_uuid])
        names = [d[0] for d in cursor.description]
        kids[str(rt.collection)] = [from_row(rt.cls, dict(zip(names, row, strict=True)))
                                    for row in cursor]
    return kids


#: The long text columns of a use case, read when first used.
_TEXT_NAMES = tuple(sorted(m.DEFERRED_TEXTS))
_TEXT_COLUMNS = ", ".join(_TEXT_NAMES)


def load_workspace_lazily(conn: sqlite3.Connection,
                          connection: Callable[[], sqlite3.Connection]) -> m.Workspace:
    """The Workspace with its use cases' short fields (what the register shows and sorts by);
    their long texts and their children are read when first used."""
    ws = _top_level(conn)
    source = ChildrenSource(connection, ws)
    present = [str(r[1]) for r in conn.execute("PRAGMA table_info(use_case)")]
    short = ", ".join(c for c in present if c not in m.DEFERRED_TEXTS)
    cursor = conn.execute(f"SELECT {short} FROM use_case")
    names = [d[0] for d in cursor.description]
    use_cases = [from_row(m.UseCase, dict(zip(names, row, strict=True))) for row in cursor]
    for uc in use_cases:
        m.texts_deferred(uc, source)
        m.children_deferred(uc, source)
    ws.use_cases = sorted(use_cases, key=lambda u: (_text_key(u.title), u.uuid))
    return ws


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """How many rows each table holds (for `leitplanken check` and the check-file dialog)."""
    return {
        table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in (*RECORD_TABLES, "tombstone", "history")
    }
