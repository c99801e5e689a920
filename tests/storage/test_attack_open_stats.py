"""Forged planner statistics (sqlite_stat1/4) are refused fast, before they can stall the app.

SQLite loads the statistics together with the schema, before any check of ours; a generated
column there is computed row by row. Only the exact tables ANALYZE creates pass (as data);
opening and `check` answer within a second whatever the statistics hold.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from file_factories import alter, make_file, write_schema_row

from leitplanken.cli import main as cli_main
from leitplanken.storage import FileError, WorkspaceFile

#: Rows enough that computing a slow generated column for each takes many seconds.
_ROWS = 3000
_SLOW = "hex(zeroblob(400000))"


def _analyzed(path: Path, rows: int = 0, stat: str = "'2 1'") -> Path:
    """A workspace file after ANALYZE, with `rows` more statistics rows."""
    make_file(path)
    alter(path, "ANALYZE;" + (
        f"INSERT INTO sqlite_stat1 SELECT 'use_case', 'sqlite_autoindex_use_case_1', {stat} "
        f"FROM (WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < {rows})"
        " SELECT i FROM r);" if rows else ""))
    return path


def _set_sql(path: Path, name: str, sql: str) -> Path:
    """Rewrites the stored CREATE statement of a table (writable_schema)."""
    return alter(path, f"PRAGMA writable_schema=ON; UPDATE sqlite_master SET sql = '{sql}' "
                       f"WHERE name = '{name}';")


def _forge(path: Path, kind: str) -> Path:
    """One kind of forged statistics table."""
    if kind == "generated column, many rows":
        _analyzed(path, _ROWS)
        return _set_sql(path, "sqlite_stat1",
                        f"CREATE TABLE sqlite_stat1(tbl,idx,stat AS ({_SLOW}))")
    if kind == "generated column, one huge value":
        _analyzed(path, 1)
        return _set_sql(path, "sqlite_stat1",
                        "CREATE TABLE sqlite_stat1(tbl,idx,stat AS (hex(zeroblob(900000000))))")
    if kind == "extra column":
        _analyzed(path, 1)
        return _set_sql(path, "sqlite_stat1", "CREATE TABLE sqlite_stat1(tbl,idx,stat,extra)")
    if kind == "check constraint":
        _analyzed(path, 1)
        return _set_sql(path, "sqlite_stat1",
                        "CREATE TABLE sqlite_stat1(tbl,idx,stat CHECK (length(stat) > 0))")
    if kind == "view named sqlite_stat1":
        make_file(path)
        return write_schema_row(path, "view", "sqlite_stat1", "sqlite_stat1",
                                "CREATE VIEW sqlite_stat1(tbl,idx,stat) AS SELECT uuid, uuid, "
                                f"{_SLOW} FROM use_case")
    if kind == "trigger on sqlite_stat1":
        _analyzed(path)
        return write_schema_row(path, "trigger", "stat_trigger", "sqlite_stat1",
                                "CREATE TRIGGER stat_trigger AFTER INSERT ON sqlite_stat1 "
                                "BEGIN DELETE FROM use_case; END")
    if kind == "stat4 with generated column":
        make_file(path)
        alter(path, "CREATE TABLE x4(tbl,idx,neq,nlt,ndlt,sample);")
        return alter(path, "PRAGMA writable_schema=ON; UPDATE sqlite_master SET name = "
                           "'sqlite_stat4', tbl_name = 'sqlite_stat4', sql = 'CREATE TABLE "
                           f"sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample AS ({_SLOW}))' "
                           "WHERE name = 'x4';")
    raise AssertionError(kind)


FORGED = {
    "generated column, many rows": "hostile_schema",
    "generated column, one huge value": "hostile_schema",
    "extra column": "unexpected_schema",
    "check constraint": "hostile_schema",
    "view named sqlite_stat1": "hostile_schema",
    # SQLite itself refuses to load a trigger on a system table: "malformed schema".
    "trigger on sqlite_stat1": "damaged",
    "stat4 with generated column": "hostile_schema",
}


@pytest.mark.parametrize("read_only", [False, True], ids=["open", "check"])
@pytest.mark.parametrize("kind", sorted(FORGED))
def test_forged_statistics_are_refused_within_a_second(tmp_path: Path, kind: str,
                                                       read_only: bool):
    """Open (and the read-only open behind `check`) refuse the file, fast, with its reason."""
    path = _forge(tmp_path / "w.leitplanken", kind)
    started = time.monotonic()
    with pytest.raises(FileError) as info:
        WorkspaceFile.open(path, read_only=read_only).close()
    assert time.monotonic() - started < 1.0
    assert info.value.code == FORGED[kind]


@pytest.mark.parametrize("kind", ["generated column, many rows", "view named sqlite_stat1"])
def test_the_check_command_answers_within_a_second(tmp_path: Path, kind: str,
                                                   capsys: pytest.CaptureFixture[str]):
    """`leitplanken check` on a forged file: exit 2 and a message, not minutes of silence."""
    path = _forge(tmp_path / "w.leitplanken", kind)
    started = time.monotonic()
    assert cli_main(["check", str(path)]) == 2
    assert time.monotonic() - started < 1.0
    out = capsys.readouterr()
    assert str(path.name) in out.out + out.err


def test_the_forgery_is_slow_for_sqlite_itself(tmp_path: Path):
    """Why the budget is needed: a plain SQLite connection spends seconds on loading it."""
    path = _forge(tmp_path / "w.leitplanken", "generated column, many rows")
    conn = sqlite3.connect(path)
    try:
        started = time.monotonic()
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        assert time.monotonic() - started > 1.0
    finally:
        conn.close()


@pytest.mark.parametrize("rows", [0, 20000], ids=["analyze", "huge stat rows"])
def test_real_statistics_are_data_and_survive_a_save(tmp_path: Path, rows: int):
    """Statistics as ANALYZE writes them (even very many, very long rows) open fast and save."""
    path = _analyzed(tmp_path / "w.leitplanken", rows, stat="'2 1 ' || hex(zeroblob(200))")
    started = time.monotonic()
    with WorkspaceFile.open(path) as wf:
        assert time.monotonic() - started < 1.0
        ws = wf.load()
        ws.company.name = "saved with statistics"
        wf.put(ws.company)
        wf.save()
    with WorkspaceFile.open(path, read_only=True) as wf:
        assert wf.load().company.name == "saved with statistics"
