"""Use-case digests in the file stay what the rules compute from the records, whatever writes.

The register and dashboard trust the stored digests instead of reading every use case's
children; these tests compare them after each kind of write, after a merge, and for files whose
digests are missing, damaged or made by other rules, with the digests the rules compute on the
fully read workspace.
"""

from __future__ import annotations

import copy
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from leitplanken.domain import model as m
from leitplanken.domain.catalogue import seed_use_case
from leitplanken.domain.demo import demo_workspace
from leitplanken.domain.digest import RULES_VERSION, digest
from leitplanken.domain.rules import attention_items, person_load
from leitplanken.storage import WorkspaceFile
from leitplanken.storage import digests as stored_digests
from leitplanken.storage.merge_apply import prepare
from leitplanken.storage.reads import load_workspace

TODAY = date(2026, 11, 25)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def mixed_workspace(extra: int = 12) -> m.Workspace:
    """The demo plus use cases in every status, with dated items and assorted matrices."""
    ws = demo_workspace("de", TODAY)
    internal, external = ws.people[0], next(p for p in ws.people if not p.internal)
    statuses = list(m.Status)
    for n in range(extra):
        uc = m.UseCase(title=f"Fall {n:02d}", status=statuses[n % len(statuses)],
                       created_on=TODAY - timedelta(days=200 + n), problem="Kurz")
        if uc.status == m.Status.PILOT:
            uc.pilot_start = TODAY - timedelta(days=30 * n)
        seed_use_case(uc, "de")
        holder = external if n % 3 == 0 else internal
        uc.members.append(m.RaciMember(use_case_uuid=uc.uuid, person_uuid=holder.uuid))
        for a in uc.activities[: n % 4]:
            uc.cells.append(m.RaciCell(use_case_uuid=uc.uuid, activity_uuid=a.uuid,
                                       person_uuid=holder.uuid, letter=m.Letter.A))
        for i, item in enumerate(uc.checklist[:3]):
            item.due_date = TODAY - timedelta(days=10 - 7 * i)
            item.owner_uuid = internal.uuid
        uc.checklist[0].state = m.ItemState.DONE if n % 2 else m.ItemState.OPEN
        ws.use_cases.append(uc)
    return ws


def truth(conn: sqlite3.Connection) -> dict[str, object]:
    """The digests the rules compute on the whole workspace read back from the file."""
    ws = load_workspace(conn)
    return {uc.uuid: digest(uc, ws) for uc in ws.use_cases}


def conn_of(wf: WorkspaceFile) -> sqlite3.Connection:
    """The working copy's connection."""
    conn: sqlite3.Connection = wf.db.conn
    return conn


def assert_true(wf: WorkspaceFile) -> None:
    """Stored, in-memory and computed digests are the same."""
    expected = truth(conn_of(wf))
    assert stored_digests.read_all(conn_of(wf)) == expected
    assert wf.digests == expected


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    """The mixed workspace saved to a file."""
    path = tmp_path / "w.leitplanken"
    WorkspaceFile.create(path, mixed_workspace()).close()
    return path


def test_a_new_file_holds_the_digests_the_rules_compute(saved: Path) -> None:
    with WorkspaceFile.open(saved) as wf:
        wf.load_lazily()
        assert_true(wf)
        assert len(wf.digests) == 6 + 12


def test_every_kind_of_write_keeps_the_digests_true(saved: Path) -> None:
    with WorkspaceFile.open(saved) as wf:
        ws = wf.load_lazily()
        uc = next(u for u in ws.use_cases if u.status == m.Status.PILOT and u.checklist)
        item = uc.checklist[0]
        item.state = m.ItemState.DONE  # a tick
        wf.put(item)
        assert_true(wf)
        uc.problem = "Anfragen bleiben tagelang liegen, weil niemand sie sortiert."
        wf.put(uc)  # a use case's own field
        assert_true(wf)
        person = next(p for p in ws.people if p.internal)
        person.internal = False  # who may carry an A changes every matrix naming them
        wf.put(person)
        assert_true(wf)
        person.internal = True
        wf.put(person)
        assert_true(wf)
        cell = m.RaciCell(use_case_uuid=uc.uuid, activity_uuid=uc.activities[0].uuid,
                          person_uuid=person.uuid, letter=m.Letter.A)
        uc.cells.append(cell)
        wf.put(cell)
        assert_true(wf)
        wf.delete(uc.checklist[1])  # a child removed
        assert_true(wf)
        decision = m.Decision(use_case_uuid=uc.uuid, decided_on=TODAY, kind=m.DecisionKind.EXTEND_PILOT,
                              rationale="Noch vier Wochen")
        wf.add_decision(decision, uc)  # moves the pilot clock
        assert_true(wf)
        gone = ws.use_cases[-1]
        children = [*gone.activities, *gone.members, *gone.cells, *gone.checklist, *gone.cx]
        wf.delete(gone)
        assert gone.uuid not in wf.digests
        assert_true(wf)
        wf.put_many([gone, *children])  # an undo puts it back with its children
        assert_true(wf)
        wf.delete(person)  # cascades into matrices, clears owners of items
        assert_true(wf)


def test_an_import_of_new_use_cases_is_digested_from_the_batch(saved: Path) -> None:
    with WorkspaceFile.open(saved) as wf:
        wf.load_lazily()
        new = mixed_workspace(5).use_cases[-5:]
        for uc in new:
            for rec in (*uc.members, *uc.cells):
                rec.person_uuid = wf.load().people[0].uuid
            for item in uc.checklist:
                item.owner_uuid = None
        records: list[m.Record] = []
        for uc in new:
            records += [uc, *uc.activities, *uc.members, *uc.cells, *uc.checklist, *uc.cx]
        wf.put_many(records, grouped=True)
        assert_true(wf)


def test_missing_damaged_foreign_and_orphan_digests_are_computed_again(saved: Path) -> None:
    conn = sqlite3.connect(saved)
    uuids = [r[0] for r in conn.execute("SELECT use_case_uuid FROM use_case_digest LIMIT 4")]
    conn.execute("UPDATE use_case_digest SET body = 'not json' WHERE use_case_uuid = ?", [uuids[0]])
    conn.execute("UPDATE use_case_digest SET body = '[1, 2]' WHERE use_case_uuid = ?", [uuids[1]])
    conn.execute("UPDATE use_case_digest SET rules = ? WHERE use_case_uuid = ?",
                 [RULES_VERSION + 1, uuids[2]])
    conn.execute("DELETE FROM use_case_digest WHERE use_case_uuid = ?", [uuids[3]])
    conn.execute("INSERT INTO use_case_digest VALUES ('no-such-use-case', ?, '[]')",
                 [RULES_VERSION])
    conn.commit()
    conn.close()
    with WorkspaceFile.open(saved, read_only=True) as wf:  # read-only: computed in memory
        wf.load_lazily()
        assert wf.digests == truth(conn_of(wf))
    with WorkspaceFile.open(saved) as wf:  # writable: computed and stored for next time
        wf.load_lazily()
        assert_true(wf)
        assert wf.modified is False  # derived data does not make the file "changed"
        rows = conn_of(wf).execute("SELECT count(*) FROM use_case_digest").fetchone()[0]
        assert rows == len(wf.digests)


def test_a_file_of_the_first_release_gets_its_digests_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "v1.leitplanken"
    shutil.copyfile(FIXTURES / "schema_v1.leitplanken", path)
    with WorkspaceFile.open(path) as wf:
        assert wf.migrated_from == 1
        ws = wf.load_lazily()
        assert ws.use_cases
        assert_true(wf)


def test_a_merge_refreshes_the_digests_of_what_it_changed(saved: Path, tmp_path: Path) -> None:
    theirs = tmp_path / "theirs.leitplanken"
    shutil.copyfile(saved, theirs)
    with WorkspaceFile.open(theirs) as wf:
        ws = wf.load()
        uc = next(u for u in ws.use_cases if u.checklist and u.status == m.Status.PILOT)
        for item in uc.checklist:
            item.state = m.ItemState.DONE
        wf.put_many(uc.checklist)
        person = next(p for p in ws.people if p.internal)
        person.internal = False
        wf.put(person)
        wf.save()
    with WorkspaceFile.open(saved) as wf:
        wf.load_lazily()
        before = dict(wf.digests)
        prepare(wf, theirs).apply()
        assert wf.digests != before
        assert_true(wf)


def test_children_are_read_only_when_used_and_equal_a_full_read(saved: Path) -> None:
    with WorkspaceFile.open(saved, read_only=True) as wf:
        full = wf.load()
        statements: list[str] = []
        conn_of(wf).set_trace_callback(statements.append)
        lazy = wf.load_lazily()
        children = ("checklist_item", "raci_cell", "raci_activity", "raci_member", "cx_answer",
                    "decision", "use_case_system")
        titles = [uc.title for uc in lazy.use_cases]  # what the register shows
        assert titles == [uc.title for uc in full.use_cases]
        assert not [s for s in statements if any(f"FROM {t}" in s for t in children)]
        opened = lazy.use_cases[3]
        assert opened.checklist == full.use_cases[3].checklist  # read now
        read = [s for s in statements if "FROM checklist_item" in s]
        assert len(read) == 1
        assert lazy == full  # every other use case reads its children for the comparison
        conn_of(wf).set_trace_callback(None)


def test_a_copied_use_case_reads_its_children_from_the_same_file(saved: Path) -> None:
    with WorkspaceFile.open(saved, read_only=True) as wf:
        full = wf.load()
        lazy = wf.load_lazily()
        copied = copy.deepcopy(lazy.use_cases[0])
        assert copied == full.use_cases[0]
        assert copied.checklist is not lazy.use_cases[0].checklist


def test_attention_and_load_from_digests_equal_the_rules_on_the_whole_workspace(saved: Path) -> None:
    with WorkspaceFile.open(saved, read_only=True) as wf:
        full = wf.load()
        lazy = wf.load_lazily()
        for today in (TODAY, TODAY + timedelta(days=40), TODAY + timedelta(days=400)):
            expected = attention_items(full, today)
            assert expected  # the mixed workspace has pilot traps, overdue items, bad matrices
            assert attention_items(lazy, today, wf.digests) == expected
        assert person_load(lazy, wf.digests) == person_load(full)
        assert all(m.children_loaded(uc) is False for uc in lazy.use_cases)
