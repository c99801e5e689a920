"""Opening refuses every kind of bad file with its own code, before anything is written."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import zipfile
from pathlib import Path

import pytest
from file_factories import alter, make_file

from leitplanken.storage import FileError, WorkspaceFile
from leitplanken.storage.locations import working_dir
from leitplanken.storage.schema import CURRENT_VERSION


def digest(path: Path) -> str:
    """The file's content hash, to prove nothing was written."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(path: Path, code: str) -> FileError:
    """Opens `path`, expects FileError(code), and checks the file and working folder are untouched."""
    before = digest(path) if path.is_file() else None
    with pytest.raises(FileError) as info:
        WorkspaceFile.open(path)
    assert info.value.code == code, info.value
    if before is not None:
        assert digest(path) == before
    assert not any(working_dir().iterdir()), "a working copy was left behind"
    return info.value


# Rewrites the email column of an existing table: {} replaces its DEFAULT clause.
REWRITE_EMAIL = (
    "PRAGMA writable_schema=ON; UPDATE sqlite_master SET sql = replace(sql, "
    "'email TEXT NOT NULL DEFAULT ''''', 'email TEXT NOT NULL {}') WHERE name = 'person';"
)


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return make_file(tmp_path / "good.leitplanken")


def test_missing_directory_and_empty(tmp_path: Path):
    refused(tmp_path / "nope.leitplanken", "not_found")
    refused(tmp_path, "is_directory")
    (tmp_path / "empty.leitplanken").write_bytes(b"")
    refused(tmp_path / "empty.leitplanken", "empty")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may read anything")
def test_unreadable(good: Path):
    good.chmod(0)
    try:
        refused(good, "permission")
    finally:
        good.chmod(0o644)


def test_text_file_zip_and_random_bytes(tmp_path: Path):
    (tmp_path / "text.leitplanken").write_text("Anwendungsfall;Status\nChatbot;Pilot\n", encoding="utf-8")
    refused(tmp_path / "text.leitplanken", "not_sqlite")
    with zipfile.ZipFile(tmp_path / "zip.leitplanken", "w") as z:
        z.writestr("content.xml", "<x/>")
    refused(tmp_path / "zip.leitplanken", "not_sqlite")
    (tmp_path / "random.leitplanken").write_bytes(os.urandom(8192))
    refused(tmp_path / "random.leitplanken", "not_sqlite")


def test_foreign_sqlite_file(tmp_path: Path):
    path = tmp_path / "places.sqlite"
    alter(path, "CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url TEXT);")
    err = refused(path, "foreign")
    assert err.details["application_id"] == 0


def test_too_new_names_the_version(good: Path):
    newer = CURRENT_VERSION + 1
    alter(good, f"PRAGMA user_version={newer};")
    err = refused(good, "too_new")
    assert err.details == {"version": newer, "supported": CURRENT_VERSION}


def test_truncated(good: Path, tmp_path: Path):
    data = good.read_bytes()
    for n, size in enumerate((50, 100, 4096, len(data) // 2, len(data) - 1)):
        cut = tmp_path / f"cut{n}.leitplanken"
        cut.write_bytes(data[:size])
        refused(cut, "damaged")


def test_flipped_schema_byte_is_damaged_not_a_unicode_error(good: Path):
    """A byte in sqlite_master's SQL made invalid UTF-8 makes sqlite3 raise UnicodeDecodeError."""
    data = bytearray(good.read_bytes())
    at = data.find(b"CREATE TABLE company")
    data[at + 3] = 0xFF
    good.write_bytes(bytes(data))
    refused(good, "damaged")


@pytest.mark.parametrize(
    ("sql", "code"),
    [
        ("CREATE TRIGGER t AFTER INSERT ON person BEGIN DELETE FROM use_case; END;", "hostile_schema"),
        ("CREATE TRIGGER t BEFORE UPDATE ON use_case BEGIN UPDATE company SET name = 'x'; END;", "hostile_schema"),
        ("DROP TABLE tombstone; CREATE VIEW tombstone AS SELECT uuid, table_name, at AS deleted_at, 0 AS revision FROM history;", "hostile_schema"),
        ("CREATE VIEW endless AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c;", "hostile_schema"),
        ("CREATE TABLE evil(x TEXT CHECK (length(x) < 5 OR load_extension('x')));", "hostile_schema"),
        ("CREATE TABLE evil(x TEXT DEFAULT (hex(randomblob(16))));", "hostile_schema"),
        ("CREATE TABLE evil(x TEXT, y TEXT GENERATED ALWAYS AS (upper(x)) VIRTUAL);", "hostile_schema"),
        # A real table rewritten in place (as a hand-made file could be) with code in it.
        (REWRITE_EMAIL.format("DEFAULT (sqlite_version())"), "hostile_schema"),
        (REWRITE_EMAIL.format("DEFAULT '''' CHECK (abs(1))"), "hostile_schema"),
        ("CREATE TABLE extra(x TEXT);", "unexpected_schema"),
        ("CREATE INDEX person_name ON person(name);", "unexpected_schema"),
        ("CREATE INDEX person_lower ON person(lower(name));", "hostile_schema"),
        ("CREATE INDEX person_some ON person(name) WHERE length(name) > 3;", "hostile_schema"),
        ("DROP TABLE history;", "unexpected_schema"),
        ("ALTER TABLE person ADD COLUMN nickname TEXT;", "unexpected_schema"),
    ],
)
def test_schema_other_than_expected_is_refused_before_any_write(good: Path, sql: str, code: str):
    alter(good, sql)
    refused(good, code)


def test_view_posing_as_table_is_never_queried(good: Path):
    """A recursive view under a real table's name would hang a naive app."""
    alter(
        good,
        "DROP TABLE system; CREATE VIEW system AS WITH RECURSIVE c(x) AS "
        "(SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x AS uuid, '' AS modified_at, 0 AS revision, "
        "'' AS name, '' AS kind, '' AS note FROM c;",
    )
    refused(good, "hostile_schema")


def test_analyze_statistics_are_tolerated(good: Path):
    """ANALYZE in a SQLite browser adds sqlite_stat1: data for the planner, not code."""
    alter(good, "ANALYZE;")
    with WorkspaceFile.open(good) as wf:
        assert wf.load().use_cases


def test_open_never_writes_the_original(good: Path):
    before = digest(good)
    stat = good.stat()
    with WorkspaceFile.open(good) as wf:
        wf.put(wf.load().company)
    assert digest(good) == before and good.stat().st_mtime_ns == stat.st_mtime_ns


def test_connections_are_hardened(good: Path):
    with WorkspaceFile.open(good) as wf:
        conn = wf._live()
        assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        assert conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 0
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.getconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE)
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("PRAGMA writable_schema=ON")
            conn.execute("UPDATE sqlite_master SET sql = '' WHERE name = 'person'")


def test_read_only_open_of_a_file_with_a_hot_journal_leaves_it_alone(good: Path):
    """Read-only media cannot roll a journal back; the working copy does it instead."""
    journal = good.with_name(good.name + "-journal")
    journal.write_bytes(b"")  # an empty journal is not hot: must be harmless
    with WorkspaceFile.open(good, read_only=True) as wf:
        assert wf.load().use_cases
    assert journal.exists()


def test_unreadable_without_root(good: Path, monkeypatch: pytest.MonkeyPatch):
    """The same as test_unreadable where tests run as root: reading the header is refused."""

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("leitplanken.storage.validate.open", denied, raising=False)
    refused(good, "permission")


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE use_case SET title = CAST(x'c328ff' AS TEXT)",  # invalid UTF-8 in a text column
        "UPDATE use_case SET status = 'someday'",  # a value no version of the app writes
        "UPDATE use_case SET created_on = '31.12.2025'",
        "UPDATE use_case SET cost_once = 'NaN'",
        "UPDATE use_case SET tags = '{not json'",
        "UPDATE person SET internal = 7",
    ],
)
def test_impossible_values_make_the_file_damaged_on_load(good: Path, sql: str):
    alter(good, sql)
    with WorkspaceFile.open(good) as wf, pytest.raises(FileError) as err:
        wf.load()
    assert err.value.code == "damaged"
