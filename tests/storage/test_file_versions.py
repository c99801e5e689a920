"""Schema versions: every kept fixture opens, newer files are refused, older ones migrated."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest
from file_factories import alter

from leitplanken.domain import model as m
from leitplanken.storage import FileError, WorkspaceFile, migrations, schema
from leitplanken.storage.connection import connect
from leitplanken.storage.locations import working_dir

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

# A made-up "version 0" for testing the mechanism: version 1 without the history table.
_HISTORY = re.search(r"CREATE TABLE history \(.*?\n\);\n", schema.SCHEMAS[1], re.S).group(0)
_HISTORY_INDEX = "CREATE INDEX history_at ON history(at);\n"
SCHEMA_V0 = schema.SCHEMAS[1].replace(_HISTORY, "").replace(_HISTORY_INDEX, "")


def digest(path: Path) -> str:
    """Content hash of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_history(conn) -> None:
    """The test's migration step 0 -> 1: creates exactly version 1's history table."""
    conn.execute(_HISTORY)
    conn.execute(_HISTORY_INDEX)


@pytest.fixture
def version_zero(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A file of the made-up version 0 with one company, and the step registered."""
    monkeypatch.setitem(schema.SCHEMAS, 0, SCHEMA_V0)
    monkeypatch.setitem(migrations.STEPS, 0, add_history)
    path = tmp_path / "old.leitplanken"
    conn = connect(path, "rwc")
    schema.create_schema(conn, 0)
    conn.execute(
        "INSERT INTO company (uuid, modified_at, revision, name) VALUES ('c1', '2024', 1, 'Alt AG')"
    )
    conn.close()
    return path


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_v*.leitplanken")), ids=lambda p: p.name)
def test_every_kept_fixture_opens_and_loads(fixture: Path, tmp_path: Path):
    copy = tmp_path / fixture.name
    shutil.copyfile(fixture, copy)
    before = digest(copy)
    with WorkspaceFile.open(copy) as wf:
        ws = wf.load()
        assert wf.schema_version == schema.CURRENT_VERSION
        assert ws.company.name and len(ws.use_cases) >= 5 and ws.people
        assert wf.integrity_problems() == []
    assert digest(copy) == before


def test_the_current_version_has_a_fixture():
    assert (FIXTURES / f"schema_v{schema.CURRENT_VERSION}.leitplanken").is_file()


def test_newer_file_is_refused_naming_the_version(tmp_path: Path):
    copy = tmp_path / "future.leitplanken"
    shutil.copyfile(FIXTURES / "schema_v1.leitplanken", copy)
    alter(copy, f"PRAGMA user_version={schema.CURRENT_VERSION + 1};")
    before = digest(copy)
    with pytest.raises(FileError) as err:
        WorkspaceFile.open(copy)
    assert err.value.code == "too_new"
    assert err.value.details["version"] == schema.CURRENT_VERSION + 1
    assert digest(copy) == before


def test_older_file_is_backed_up_then_migrated_in_the_working_copy(version_zero: Path):
    before = digest(version_zero)
    with WorkspaceFile.open(version_zero) as wf:
        assert wf.migrated_from == 0 and wf.schema_version == schema.CURRENT_VERSION
        assert wf.modified  # the file on disk is still version 0 until saved
        assert wf.load().company.name == "Alt AG"
        wf.put(m.Person(name="Neu"))
        assert wf.history(1)[0].summary == "Neu"
        backup = migrations.backup_path(version_zero, 0)
        assert digest(backup) == before and digest(version_zero) == before
        wf.save()
    with WorkspaceFile.open(version_zero) as wf:
        assert wf.migrated_from is None
        assert [p.name for p in wf.load().people] == ["Neu"]


def test_read_only_open_migrates_without_writing_a_backup(version_zero: Path):
    with WorkspaceFile.open(version_zero, read_only=True) as wf:
        assert wf.migrated_from == 0 and wf.load().company.name == "Alt AG"
    assert not migrations.backup_path(version_zero, 0).exists()


def test_failing_step_leaves_everything_as_it_was(version_zero: Path, monkeypatch):
    def broken(conn) -> None:
        conn.execute(_HISTORY)
        raise RuntimeError("step failed halfway")

    monkeypatch.setitem(migrations.STEPS, 0, broken)
    before = digest(version_zero)
    # a step that breaks is our bug: it says so instead of calling the file damaged
    with pytest.raises(RuntimeError, match="step failed halfway"):
        WorkspaceFile.open(version_zero)
    assert digest(version_zero) == before
    assert list(working_dir().iterdir()) == []


def test_step_refused_by_sqlite_is_a_file_error(version_zero: Path, monkeypatch):
    """A step SQLite refuses (here: a table the file should not have) names the file."""
    def clashing(conn) -> None:
        conn.execute(_HISTORY)
        conn.execute(_HISTORY)

    monkeypatch.setitem(migrations.STEPS, 0, clashing)
    before = digest(version_zero)
    with pytest.raises(FileError) as err:
        WorkspaceFile.open(version_zero)
    assert err.value.code == "damaged"
    assert digest(version_zero) == before
    assert list(working_dir().iterdir()) == []


def test_step_that_leaves_a_wrong_schema_is_caught(version_zero: Path, monkeypatch):
    monkeypatch.setitem(migrations.STEPS, 0, lambda conn: conn.execute("CREATE TABLE history (x)"))
    with pytest.raises(FileError) as err:
        WorkspaceFile.open(version_zero)
    assert err.value.code == "unexpected_schema"


def test_missing_step_is_reported(version_zero: Path, monkeypatch):
    monkeypatch.delitem(migrations.STEPS, 0)
    with pytest.raises(FileError) as err:
        WorkspaceFile.open(version_zero)
    assert err.value.code == "damaged"


def test_first_release_fixture_is_migrated_to_the_declared_fields(tmp_path: Path):
    """A version-1 file gains every field declared since, with its default, and saves."""
    copy = tmp_path / "v1.leitplanken"
    shutil.copyfile(FIXTURES / "schema_v1.leitplanken", copy)
    with WorkspaceFile.open(copy) as wf:
        assert wf.migrated_from == 1 and wf.schema_version == schema.CURRENT_VERSION
        ws = wf.load()
        first = ws.use_cases[0]
        assert first.agenda == m.AgendaKind.AUTO and first.motion_options == ""
        assert ws.company.meeting_date is None
        first.recommendation = "Pilot verlängern"
        wf.put(first)
        wf.save()
    with WorkspaceFile.open(copy) as wf:
        assert wf.migrated_from is None
        assert wf.load().use_case(first.uuid).recommendation == "Pilot verlängern"


def test_a_new_file_and_a_migrated_file_have_one_schema(tmp_path: Path):
    """Created at the current version or migrated step by step: the same sqlite_master."""
    from leitplanken.storage.connection import memory

    fresh = memory()
    schema.create_schema(fresh)
    old = memory()
    schema.create_schema(old, 1)
    migrations.migrate(old, 1, tmp_path / "x.leitplanken")
    assert schema.schema_entries(old) == schema.schema_entries(fresh)
    assert schema.schema_entries(fresh) == schema.expected_entries(schema.CURRENT_VERSION)
