"""Another SQLite tool in WAL mode: its changes are never dropped by a Save of ours.

Two ways a tool's work sits in a `-wal` beside the file: it changed the structure as well
(an index, a table of its own), so the file with the WAL no longer fits; or it still has the
file open and commits while the app has it open too.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from file_factories import make_file, wal_state

from leitplanken.cli import main
from leitplanken.domain import model as m
from leitplanken.storage import FileError, WorkspaceFile

#: What a tool does besides changing a value: each makes the file with its WAL foreign.
STRUCTURE = {
    "index": "CREATE INDEX tool_idx ON person(name);",
    "table": "CREATE TABLE tool_notes (x);",
    "view": "CREATE VIEW tool_view AS SELECT name FROM person;",
}


def _stick_copy(tmp_path: Path, extra_sql: str) -> Path:
    """The file as copied from a synced folder while the tool had it open, with its -wal."""
    origin = make_file(tmp_path / "origin.leitplanken", m.Workspace(company=m.Company(name="Alt")))
    state = wal_state(origin, "UPDATE company SET name = 'Vom Tool';" + extra_sql, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / "firma.leitplanken"
    target.write_bytes(state["db"])
    Path(f"{target}-wal").write_bytes(state["wal"])
    Path(f"{target}-shm").write_bytes(state["shm"])
    return target


@pytest.mark.parametrize("structure", sorted(STRUCTURE))
def test_changes_that_do_not_fit_open_read_only_and_stay(tmp_path: Path, structure: str, capsys):
    """The workspace opens without the tool's WAL, read-only: Save cannot drop that WAL."""
    target = _stick_copy(tmp_path, STRUCTURE[structure])
    wal_before = Path(f"{target}-wal").read_bytes()
    with WorkspaceFile.open(target) as wf:
        assert wf.wal_set_aside and wf.read_only
        with pytest.raises(FileError) as err:
            wf.save()
        assert err.value.code == "read_only"
    assert Path(f"{target}-wal").read_bytes() == wal_before  # the tool's work is still there
    assert main(["check", str(target)]) in (0, 1)
    out = capsys.readouterr().out
    assert "another program" in out and "read-only" in out


def test_a_commit_of_a_tool_during_the_session_stops_the_save(tmp_path: Path):
    """The tool commits into its -wal while the app has the file open: Save says so."""
    path = make_file(tmp_path / "firma.leitplanken", m.Workspace(company=m.Company(name="Alt")))
    tool = sqlite3.connect(path, isolation_level=None)
    try:
        tool.execute("PRAGMA journal_mode=WAL")
        tool.execute("PRAGMA wal_autocheckpoint=0")
        tool.execute("UPDATE company SET name = 'Vor dem Öffnen'")
        with WorkspaceFile.open(path) as wf:
            ws = wf.load()
            assert ws.company.name == "Vor dem Öffnen"
            tool.execute("UPDATE company SET name = 'Während der Sitzung'")
            ws.people.append(m.Person(name="Neu"))
            wf.put(ws.people[-1])
            with pytest.raises(FileError) as err:
                wf.save()
            assert err.value.code == "changed_on_disk"
        assert tool.execute("SELECT name FROM company").fetchone()[0] == "Während der Sitzung"
    finally:
        tool.close()


def test_a_wal_that_fits_is_folded_in_and_the_save_goes_through(tmp_path: Path):
    """The usual case still works: the tool's change is shown, kept and saved."""
    target = _stick_copy(tmp_path, "")
    with WorkspaceFile.open(target) as wf:
        assert not wf.wal_set_aside and not wf.read_only
        assert wf.load().company.name == "Vom Tool"
        wf.save()
    with WorkspaceFile.open(target, read_only=True) as wf:
        assert wf.load().company.name == "Vom Tool"
