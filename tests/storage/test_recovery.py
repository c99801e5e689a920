"""Crash recovery: the app is killed with SIGKILL (a real second process) while it holds unsaved
work; the next start finds that work, recovers it into the original file or discards it."""

from __future__ import annotations

import pytest
from reliability_support import SecondInstance, make_saved

from leitplanken.storage import WorkspaceFile, lock, recovery
from leitplanken.storage.locations import working_dir

EDIT = """
wf = WorkspaceFile.open(path)
ws = wf.load()
ws.use_cases[0].title = "Unsaved work from before the crash"
wf.put(ws.use_cases[0])
wf.put(m.Person(name="Ängstlich, aber gespeichert"))
"""


def _crash_with_unsaved_work(path):
    other = SecondInstance(path, EDIT)
    other.kill()
    return other


def test_killed_app_leaves_its_work_for_the_next_start(tmp_path):
    path = make_saved(tmp_path / "Firma.leitplanken")
    before = path.read_bytes()
    _crash_with_unsaved_work(path)
    assert path.read_bytes() == before  # the original was never written

    orphans = recovery.find_orphans()
    assert len(orphans) == 1
    orphan = orphans[0]
    assert orphan.origin == path.resolve() and orphan.unsaved and orphan.changes == 2

    wf = recovery.recover(orphan)
    try:
        assert wf.path == path.resolve() and wf.modified and not wf.read_only
        ws = wf.load()
        assert ws.use_cases[0].title == "Unsaved work from before the crash" or any(
            uc.title == "Unsaved work from before the crash" for uc in ws.use_cases)
        assert any(p.name == "Ängstlich, aber gespeichert" for p in ws.people)
        assert recovery.find_orphans() == []  # the orphan moved into the new working copy
        wf.save()  # the crashed process's marker was replaced by ours
    finally:
        wf.close()
    with WorkspaceFile.open(path, read_only=True) as check:
        assert any(p.name == "Ängstlich, aber gespeichert" for p in check.load().people)
    assert not lock.lock_path(path).exists()


def test_discarding_removes_the_orphan_and_keeps_the_file(tmp_path):
    path = make_saved(tmp_path / "Firma.leitplanken")
    before = path.read_bytes()
    _crash_with_unsaved_work(path)
    [orphan] = recovery.find_orphans()
    recovery.discard(orphan)
    assert recovery.find_orphans() == [] and list(working_dir().iterdir()) == []
    assert path.read_bytes() == before
    WorkspaceFile.open(path).close()


def test_a_running_instance_is_not_an_orphan_and_a_clean_close_leaves_nothing(tmp_path):
    path = make_saved(tmp_path / "Firma.leitplanken")
    other = SecondInstance(path, EDIT)
    try:
        assert recovery.find_orphans() == []
    finally:
        other.quit()
    assert recovery.find_orphans() == []


def test_work_saved_before_the_crash_is_not_offered(tmp_path):
    path = make_saved(tmp_path / "Firma.leitplanken")
    other = SecondInstance(path, EDIT + "wf.save()\n")
    other.kill()
    [orphan] = recovery.find_orphans()
    assert not orphan.unsaved
    assert recovery.discard_saved_twins() == []
    assert list(working_dir().glob("*.leitplanken")) == []


def test_untitled_work_is_recovered_untitled(tmp_path):
    script = """
wf = WorkspaceFile.create(None, m.Workspace(company=m.Company(name="Neu AG")))
wf.put(m.Person(name="Erste Person"))
"""
    other = SecondInstance(tmp_path / "unused", script)
    other.kill()
    [orphan] = recovery.find_orphans()
    assert orphan.origin is None and orphan.unsaved
    with recovery.recover(orphan) as wf:
        assert wf.path is None and wf.modified
        assert wf.load().company.name == "Neu AG"
        wf.save(tmp_path / "rescued.leitplanken")


@pytest.mark.parametrize("garbage", [b"", b"not json", b"[1, 2]"])
def test_a_damaged_note_still_offers_the_copy(tmp_path, garbage):
    path = make_saved(tmp_path / "Firma.leitplanken")
    _crash_with_unsaved_work(path)
    [orphan] = recovery.find_orphans()
    orphan.working.with_suffix(".json").write_bytes(garbage)
    [again] = recovery.find_orphans()
    assert again.origin is None and again.unsaved
