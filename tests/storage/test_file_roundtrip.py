"""Every field of every record type survives put -> save -> open -> load, exactly."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from file_factories import TRICKY, all_records, rich_workspace

from leitplanken.domain import model as m
from leitplanken.storage import FileError, WorkspaceFile
from leitplanken.storage.locations import working_dir
from leitplanken.storage.rows import TABLE_OF, USE_CASE_CHILDREN, columns
from leitplanken.storage.schema import APPLICATION_ID, CURRENT_VERSION


def test_rich_workspace_sets_every_field_away_from_its_default():
    """Guards the round-trip test itself: a field left at its default would prove nothing."""
    seen: set[type] = set()
    for record in all_records(rich_workspace()):
        seen.add(type(record))
        default = type(record)()
        for f in dataclasses.fields(record):
            if f.name in ("uuid", "modified_at", "revision") or f.name in USE_CASE_CHILDREN:
                continue
            if isinstance(record, m.Decision) and f.name == "corrects_uuid":
                continue  # the first decision corrects nothing; the second does
            assert getattr(record, f.name) != getattr(default, f.name), (type(record), f.name)
    assert seen == set(TABLE_OF)


def test_every_field_survives_create_open_load(tmp_path: Path):
    ws = rich_workspace()
    WorkspaceFile.create(tmp_path / "w.leitplanken", ws).close()
    with WorkspaceFile.open(tmp_path / "w.leitplanken") as wf:
        loaded = wf.load()
    assert loaded == ws
    assert loaded.use_cases[0].title.endswith(TRICKY)


def test_every_field_survives_put_save_open_load(tmp_path: Path):
    path = tmp_path / "w.leitplanken"
    WorkspaceFile.create(path, m.Workspace()).close()
    ws = rich_workspace()
    with WorkspaceFile.open(path) as wf:
        wf.put(ws.company)
        for record in all_records(ws)[1:]:
            wf.put(record)
        assert wf.modified
        wf.save()
        assert not wf.modified
    with WorkspaceFile.open(path) as wf:
        loaded = wf.load()
    assert loaded.use_cases == sorted(ws.use_cases, key=lambda u: (u.title.casefold(), u.uuid))
    assert loaded.people == sorted(ws.people, key=lambda p: (p.name.casefold(), p.uuid))
    assert loaded.systems == ws.systems and loaded.board == ws.board
    # The default company created with the file and the one put later both exist; the newer wins.
    assert loaded.company == ws.company


def test_put_bumps_revision_and_timestamp_in_place_and_writes_history(tmp_path: Path):
    ws = rich_workspace()
    uc = ws.use_cases[0]
    with WorkspaceFile.create(tmp_path / "w.leitplanken", ws) as wf:
        rev, stamp = uc.revision, uc.modified_at
        uc.title = "Reklamationen in 2 h beantworten"
        wf.put(uc)
        assert uc.revision == rev + 1 and uc.modified_at > stamp
        entry = wf.history(1)[0]
        assert (entry.table, entry.row_uuid, entry.action) == ("use_case", uc.uuid, "update")
        assert entry.summary == uc.title and entry.author == wf.author
        person = m.Person(name="Neu")
        wf.put(person)
        assert wf.history(1)[0].action == "insert" and person.revision == 1


def test_decisions_are_append_only(tmp_path: Path):
    ws = rich_workspace()
    uc = ws.use_cases[0]
    with WorkspaceFile.create(tmp_path / "w.leitplanken", ws) as wf:
        decision = uc.decisions[0]
        decision.rationale = "rewritten history"
        with pytest.raises(ValueError):
            wf.put(decision)
        assert decision.revision == 1  # nothing changed in memory either
        new = m.Decision(use_case_uuid=uc.uuid, kind=m.DecisionKind.GO_LIVE)
        uc.status = m.Status.OPERATION
        wf.add_decision(new, uc)
        with pytest.raises(ValueError):
            wf.add_decision(new, uc)
        stored = wf.load().use_case(uc.uuid)
    assert stored is not None and stored.status == m.Status.OPERATION
    assert [d.uuid for d in stored.decisions][-1] == new.uuid
    assert stored.decisions[0].rationale != "rewritten history"


def test_put_many_is_atomic(tmp_path: Path):
    ws = rich_workspace()
    with WorkspaceFile.create(tmp_path / "w.leitplanken", ws) as wf:
        good = m.Person(name="Fine")
        dangling = m.RaciMember(use_case_uuid=ws.use_cases[0].uuid, person_uuid="nobody")
        with pytest.raises(ValueError):
            wf.put_many([good, dangling])
        assert good.revision == 0  # restored after the rollback
        assert wf.load().person(good.uuid) is None


def test_delete_leaves_tombstones_and_removes_dependents(tmp_path: Path):
    ws = rich_workspace()
    uc = ws.use_cases[0]
    urs = ws.people[1]
    with WorkspaceFile.create(tmp_path / "w.leitplanken", ws) as wf:
        wf.delete(uc)
        children = [r.uuid for r in all_records(ws) if getattr(r, "use_case_uuid", None) == uc.uuid]
        tombs = {r[0] for r in wf._live().execute("SELECT uuid FROM tombstone")}
        assert {uc.uuid, *children} <= tombs
        wf.delete(urs)  # member, cell of the other use case; owner of a checklist item
        loaded = wf.load()
        other = loaded.use_cases[0]
        assert loaded.person(urs.uuid) is None
        assert other.members == [] and other.cells == []
        assert other.checklist[0].owner_uuid is None
        assert wf.integrity_problems() == []
        # Undo: putting the person back lifts the tombstone.
        wf.put(urs)
        assert wf._live().execute(
            "SELECT count(*) FROM tombstone WHERE uuid = ?", [urs.uuid]
        ).fetchone()[0] == 0


def test_delete_of_a_corrected_decision_is_refused(tmp_path: Path):
    ws = rich_workspace()
    with WorkspaceFile.create(tmp_path / "w.leitplanken", ws) as wf:
        first, second = ws.use_cases[0].decisions
        with pytest.raises(ValueError):
            wf.delete(first)
        wf.delete(second)  # undo of the latest entry is possible
        wf.delete(first)


def test_file_header_and_pragmas(tmp_path: Path):
    path = tmp_path / "w.leitplanken"
    WorkspaceFile.create(path, rich_workspace()).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    row = conn.execute("SELECT cost_once, customer_facing, tags, created_on FROM use_case").fetchone()
    assert row == ("12000.50", 1, '["ä", "😀", "<b>"]', "2025-01-31")
    conn.close()


def test_every_model_field_has_a_column():
    """A field added to model.py needs a new schema version and a migration step."""
    conn = sqlite3.connect(":memory:")
    from leitplanken.storage.schema import create_schema

    create_schema(conn)
    for cls, table in TABLE_OF.items():
        stored = [c[1] for c in conn.execute(f"PRAGMA table_info({table})")]
        assert [c[0] for c in columns(cls)] == stored, table


def test_untitled_workspace_lives_in_the_working_copy_until_save_as(tmp_path: Path):
    wf = WorkspaceFile.create(None, rich_workspace())
    assert wf.path is None and wf.working_path.parent == working_dir()
    with pytest.raises(ValueError):
        wf.save()
    wf.save(tmp_path / "named.leitplanken")
    assert wf.path == (tmp_path / "named.leitplanken").resolve()
    wf.close()
    assert not wf.working_path.exists()
    assert list(working_dir().iterdir()) == []


def test_read_only_refuses_edits_but_allows_save_as(tmp_path: Path):
    path = tmp_path / "w.leitplanken"
    WorkspaceFile.create(path, rich_workspace()).close()
    with WorkspaceFile.open(path, read_only=True) as wf:
        with pytest.raises(FileError) as err:
            wf.put(m.Person(name="x"))
        assert err.value.code == "read_only"
        with pytest.raises(FileError):
            wf.save()
        wf.save(tmp_path / "copy.leitplanken")
        assert not wf.read_only
        wf.put(m.Person(name="now fine"))


def test_lone_surrogates_are_stored_as_replacement_characters(tmp_path: Path):
    """Not a character at all, so SQLite cannot hold it; the change must not fail."""
    person = m.Person(name="Anna \udcff Keller")
    with WorkspaceFile.create(tmp_path / "w.leitplanken", m.Workspace(people=[person])) as wf:
        assert wf.load().people[0].name == "Anna \ufffd Keller"
        person.function = "Leitung \ud800"
        wf.put(person)
        assert wf.load().people[0].function == "Leitung \ufffd"
        assert wf.history(1)[0].summary == "Anna \ufffd Keller"
