"""Workspaces and files for the storage tests: every field of every record type filled in."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

from leitplanken.domain import model as m
from leitplanken.storage import WorkspaceFile

#: Text that breaks naive code: umlauts, Polish, emoji, right-to-left marks, markup, quotes.
TRICKY = (
    "Grüezi Łukasz 😀 \u202eevil\u202c \u200fשלום\u200f <b>bold</b> & <img src=x> "
    "'quote\" ; DROP TABLE use_case; -- \t tab\nline2 %1 %n \x00nul \x07bell \ufeffbom"
)


def _t(label: str) -> str:
    """A distinct tricky text per field, so a swapped column shows up."""
    return f"{label}: {TRICKY}"


def rich_workspace() -> m.Workspace:
    """One workspace with two use cases where every field differs from its default."""
    company = m.Company(
        name=_t("company"), legal_form="AG", locale="de_DE", currency="EUR",
        board_name=_t("board"), language="en", catalogue_version=2, pilot_trap_days=45,
        paper_size="letter", bottleneck_threshold=5, meeting_date=date(2026, 12, 3),
        meeting_time="14:00", meeting_place=_t("place"),
    )
    anna = m.Person(name=_t("Anna"), function=_t("CEO"), internal=False,
                    organisation=_t("org"), email="anna@example.ch")
    urs = m.Person(name="Urs Meier", function="CFO", internal=False, organisation="Treuhand",
                   email="urs@example.ch")
    crm = m.System(name=_t("CRM"), kind=_t("kind"), note=_t("note"))
    ws = m.Workspace(company=company, people=[anna, urs], systems=[crm])
    ws.board = [m.BoardMember(person_uuid=anna.uuid, role=m.BoardRole.CHAIR, sort=3)]
    for n in range(2):
        uc = m.UseCase(
            title=_t(f"use case {n}"), problem=_t("problem"), relief_customers=_t("rc"),
            relief_employees=_t("re"), boundary=_t("boundary"), customer_facing=True,
            status=m.Status.PILOT, owner_uuid=anna.uuid, tool=_t("tool"), personal_data=True,
            personal_data_which=_t("which"), risk_class=m.RiskClass.LIMITED,
            cost_once=Decimal("12000.50"), cost_monthly=Decimal("0.10"),
            hours_saved_month=Decimal("7.25"), response_target=_t("2h"), fallback=_t("fb"),
            motion=_t("motion"), created_on=date(2025, 1, 31), pilot_start=date(2025, 2, 1),
            go_live=date(2025, 12, 24), next_review=date(2026, 2, 28),
            tags=["ä", "😀", "<b>"], motion_options=_t("options") + "\nstop",
            recommendation=_t("recommend"), recommendation_reason=_t("because"),
            agenda=m.AgendaKind.DECISION, conditions=_t("if"), notes=_t("note") + "\nID: 7",
        )
        act = m.RaciActivity(use_case_uuid=uc.uuid, catalogue_key="review_outputs",
                             title=_t("activity"), sort=7)
        uc.activities = [act]
        uc.members = [m.RaciMember(use_case_uuid=uc.uuid, person_uuid=urs.uuid, sort=2)]
        uc.cells = [m.RaciCell(use_case_uuid=uc.uuid, activity_uuid=act.uuid,
                               person_uuid=urs.uuid, letter=m.Letter.C)]
        uc.systems = [m.UseCaseSystem(use_case_uuid=uc.uuid, system_uuid=crm.uuid,
                                      integration=m.Integration.AUTOMATED, note=_t("link"))]
        uc.checklist = [m.ChecklistItem(
            use_case_uuid=uc.uuid, catalogue_key="dp_processor", category=m.Category.OPERATION,
            title=_t("item"), state=m.ItemState.NOT_APPLICABLE, na_reason=_t("na"),
            owner_uuid=urs.uuid, due_date=date(2026, 3, 1), note=_t("note"),
            evidence=_t("evidence"), enabled=False, required=False, sort=4,
        )]
        uc.cx = [m.CxAnswer(use_case_uuid=uc.uuid, question=m.CxQuestion.RESPONSIBILITY,
                            rating=m.CxRating.PARTLY, note=_t("cx"))]
        first = m.Decision(
            use_case_uuid=uc.uuid, decided_on=date(2025, 2, 1), kind=m.DecisionKind.START_PILOT,
            rationale=_t("why"), conditions=_t("if"), deciders=_t("who"),
            next_review=date(2025, 5, 1), readiness_override=_t("override"),
            recorded_at="2025-02-01T10:00:00+00:00", author=_t("author"),
        )
        second = dataclasses.replace(first, uuid=m.new_uuid(), corrects_uuid=first.uuid,
                                     decided_on=date(2025, 2, 2))
        uc.decisions = [first, second]
        ws.use_cases.append(uc)
    return ws


def all_records(ws: m.Workspace) -> list[m.Record]:
    """Every record in the workspace (use cases' children included)."""
    out: list[m.Record] = [ws.company, *ws.people, *ws.board, *ws.systems]
    for uc in ws.use_cases:
        out += [uc, *uc.systems, *uc.activities, *uc.members, *uc.cells, *uc.checklist,
                *uc.cx, *uc.decisions]
    return out


def make_file(path: Path, ws: m.Workspace | None = None) -> Path:
    """Creates a workspace file and closes it."""
    WorkspaceFile.create(path, ws if ws is not None else rich_workspace()).close()
    return path


def alter(path: Path, sql: str) -> Path:
    """Changes a file behind the app's back with a plain (unhardened) SQLite connection."""
    conn = sqlite3.connect(path)
    try:
        conn.executescript(sql)
    finally:
        conn.close()
    return path


# -- attack helpers for opening (WAL side files, damaged indexes, forged statistics) ----------


def wal_state(path: Path, sql: str, folder: Path) -> dict[str, bytes]:
    """Switches `path` to WAL mode, runs `sql` and copies file, -wal and -shm while still open.

    That is what a copy made while another SQLite tool had the file open (or a synced folder)
    delivers. Returns the bytes of "db", "wal" and "shm" as they were at that moment; the
    file at `path` itself ends up checkpointed (the tool closed it).
    """
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA wal_autocheckpoint=0")
        conn.executescript(sql)
        state = {
            name: Path(f"{path}{suffix}").read_bytes()
            for name, suffix in (("db", ""), ("wal", "-wal"), ("shm", "-shm"))
        }
    finally:
        conn.close()
    return state


def index_root(path: Path, index: str) -> int:
    """The root page number of an index (or table) in a file."""
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", [index]).fetchone()[0])
    finally:
        conn.close()


def insert_behind_index(path: Path, table: str, copy_uuid: str, column: str, value: str) -> Path:
    """Adds a row that duplicates `copy_uuid` in `table` without its uuid index knowing.

    The primary key is taken off the table with writable_schema, the duplicate inserted, the
    key and its (now stale) index put back: quick_check is content, integrity_check is not.
    """
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        sql, = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()
        auto = conn.execute(
            "SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master WHERE name = ?",
            [f"sqlite_autoindex_{table}_1"]).fetchone()
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?",
                     [sql.replace("uuid TEXT PRIMARY KEY NOT NULL", "uuid TEXT NOT NULL"), table])
        conn.execute("DELETE FROM sqlite_master WHERE name = ?", [auto[1]])
    finally:
        conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        picked = ", ".join(f"'{value}'" if c == column else c for c in cols)
        conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {picked} FROM {table} "
                     "WHERE uuid = ?", [copy_uuid])
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", [sql, table])
        conn.execute("INSERT INTO sqlite_master VALUES (?, ?, ?, ?, ?)", list(auto))
    finally:
        conn.close()
    return path


def swap_roots(path: Path, first: str, second: str) -> Path:
    """Swaps the root pages of two schema entries: each index then describes the other table."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        a, b = index_root(path, first), index_root(path, second)
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = ?", [b, first])
        conn.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = ?", [a, second])
    finally:
        conn.close()
    return path


def write_schema_row(path: Path, kind: str, name: str, table: str, sql: str,
                     rootpage: int = 0) -> Path:
    """Inserts or replaces a sqlite_master row with writable_schema (views/triggers on sqlite_*)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute("DELETE FROM sqlite_master WHERE name = ?", [name])
        conn.execute("INSERT INTO sqlite_master VALUES (?, ?, ?, ?, ?)",
                     [kind, name, table, rootpage, sql])
    finally:
        conn.close()
    return path
