"""Crash with unsaved work A, "Later", then the file lives on (saved by me, by a colleague,
replaced, deleted, touched, left alone), then "Recover" and Save: neither A nor anything saved
in the meantime is lost. The recovered work is compared with the file *as it was at the crash*."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from reliability_support import SecondInstance, make_saved

from leitplanken.domain import model as m
from leitplanken.storage import FileError, WorkspaceFile, lock, recovery
from leitplanken.storage.guards import accept_disk_version
from leitplanken.storage.merge_apply import prepare

A = "Unsaved person from before the crash"
B = "Saved after choosing Later"

CRASH_WITH_A = f"""
wf = WorkspaceFile.open(path)
wf.put(m.Person(name={A!r}))
"""


def _save_b(path: Path) -> None:
    """Opens the file the normal way, adds B and saves (the user, or a colleague's app)."""
    with WorkspaceFile.open(path) as wf:
        wf.put(m.Person(name=B))
        wf.save()


def _by_me(path: Path, tmp: Path) -> bool:
    _save_b(path)
    return True


def _by_someone(path: Path, tmp: Path) -> bool:
    other = SecondInstance(path, f"wf = WorkspaceFile.open(path)\nwf.put(m.Person(name={B!r}))\n"
                                 "wf.save()\n")
    other.quit()
    return True


def _replaced(path: Path, tmp: Path) -> bool:
    """Another file with B copied over it, keeping size and mtime where it can."""
    other = make_saved(tmp / "other" / path.name)
    _save_b(other)
    st = path.stat()
    shutil.copyfile(other, path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    return True


def _deleted(path: Path, tmp: Path) -> bool:
    path.unlink()
    return False


def _touched(path: Path, tmp: Path) -> bool:
    os.utime(path, None)  # same bytes, new time: no change of content
    return False


def _unchanged(path: Path, tmp: Path) -> bool:
    return False


def _names(path: Path) -> set[str]:
    with WorkspaceFile.open(path, read_only=True) as wf:
        return {p.name for p in wf.load().people}


@pytest.mark.parametrize("meanwhile", [_by_me, _by_someone, _replaced, _deleted, _touched,
                                       _unchanged], ids=lambda f: f.__name__.strip("_"))
def test_recover_after_later_never_overwrites_what_was_saved_since(tmp_path, meanwhile):
    path = make_saved(tmp_path / "Firma.leitplanken")
    SecondInstance(path, CRASH_WITH_A).kill()
    (tmp_path / "other").mkdir()
    changed = meanwhile(path, tmp_path)  # the user chose "Later" and the file lived on

    [orphan] = recovery.find_orphans()
    wf = recovery.recover(orphan)
    try:
        assert A in {p.name for p in wf.load().people}
        if not path.exists():
            assert wf.path is None  # untitled: Save as asks where
            wf.save(tmp_path / "Rescued.leitplanken")
            assert A in _names(tmp_path / "Rescued.leitplanken")
            return
        if changed:
            before = path.read_bytes()
            with pytest.raises(FileError) as err:
                wf.save()
            assert err.value.code == "changed_on_disk"
            assert path.read_bytes() == before  # B is still there
            if meanwhile is _replaced:  # a foreign workspace: "Save as" is the way out
                wf.save(tmp_path / "Mine.leitplanken")
                assert A in _names(tmp_path / "Mine.leitplanken")
                assert B in _names(path) and A not in _names(path)
                return
            session = prepare(wf, path, from_disk=True)  # what "Merge their changes" does
            assert session.conflicts == []
            session.apply()
            accept_disk_version(wf)
        wf.save()
    finally:
        wf.close()
    names = _names(path)
    assert A in names
    assert (B in names) == changed


def test_an_orphan_recovered_twice_keeps_its_original_base(tmp_path):
    """Recover, crash again before saving, B saved meanwhile, recover again: still noticed."""
    path = make_saved(tmp_path / "Firma.leitplanken")
    SecondInstance(path, CRASH_WITH_A).kill()
    [orphan] = recovery.find_orphans()
    first = recovery.recover(orphan)
    first._conn.close()  # like a second crash: copy, note and marker stay behind
    first._conn = None
    _note_pid_gone(first.working_path)
    lock.lock_path(path).unlink()  # the crashed process's marker (replaced silently on open)
    _save_b(path)
    [again] = recovery.discard_saved_twins()  # still unsaved: its edits predate the crash
    wf = recovery.recover(again)
    try:
        with pytest.raises(FileError) as err:
            wf.save()
        assert err.value.code == "changed_on_disk"
    finally:
        wf.close()
    assert B in _names(path)


def _note_pid_gone(working: Path) -> None:
    """Rewrites the note's pid to one of a finished process (the crashed app)."""
    import json
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    note_file = recovery.working.note_path(working)
    note = json.loads(note_file.read_text(encoding="utf-8"))
    note["pid"] = proc.pid
    note_file.write_text(json.dumps(note), encoding="utf-8")


@pytest.mark.parametrize("state", [None, "garbage", {"size": "1"}, {"size": 1, "mtime_ns": True,
                                   "sha256": "x"}, {"unknown": True}], ids=repr)
def test_without_a_usable_base_save_asks_instead_of_overwriting(tmp_path, state):
    path = make_saved(tmp_path / "Firma.leitplanken")
    SecondInstance(path, CRASH_WITH_A).kill()
    [working] = recovery.working_dir().glob("*.leitplanken")
    _set_note_field(working, "origin_state", state)
    [orphan] = recovery.find_orphans()
    before = path.read_bytes()
    wf = recovery.recover(orphan)
    try:
        with pytest.raises(FileError) as err:
            wf.save()
        assert err.value.code == "changed_on_disk"  # merge or Save as, never blind
        assert path.read_bytes() == before
        wf.save(tmp_path / "Kept.leitplanken")
    finally:
        wf.close()
    assert A in _names(tmp_path / "Kept.leitplanken")


def _set_note_field(working: Path, key: str, value: object) -> None:
    """Changes one field of a working copy's note (as an old version or a forger would)."""
    import json

    note_file = recovery.working.note_path(working)
    note = json.loads(note_file.read_text(encoding="utf-8"))
    note[key] = value
    note_file.write_text(json.dumps(note), encoding="utf-8")
