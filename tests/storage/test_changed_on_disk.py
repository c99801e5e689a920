"""RELIABILITY kind 7: a file changed by someone else before our Save is detected, never
overwritten silently; merging, Save as or overwriting knowingly all work afterwards."""

from __future__ import annotations

import os
import shutil

import pytest
from reliability_support import make_saved

from leitplanken.domain import model as m
from leitplanken.storage import FileError, WorkspaceFile, lock
from leitplanken.storage.guards import accept_disk_version
from leitplanken.storage.merge_apply import prepare


@pytest.fixture
def opened(tmp_path):
    path = make_saved(tmp_path / "shared.leitplanken")
    wf = WorkspaceFile.open(path)
    ws = wf.load()
    ws.use_cases[0].title = "Our change"
    wf.put(ws.use_cases[0])
    yield wf, ws
    wf.close()


def _colleague_saves(path, change):
    """Someone ignoring the marker (another tool, a sync client) writes a changed file over ours."""
    copy = path.with_name("their.leitplanken")
    shutil.copyfile(path, copy)
    with WorkspaceFile.open(copy) as theirs:
        ws = theirs.load()
        change(theirs, ws)
        theirs.save()
    os.replace(copy, path)


def test_save_refuses_to_overwrite_changes_on_disk(opened):
    wf, ws = opened
    path = wf.path
    _colleague_saves(path, lambda t, w: t.put(m.Person(name="Their new colleague")))
    theirs = path.read_bytes()
    with pytest.raises(FileError) as err:
        wf.save()
    assert err.value.code == "changed_on_disk"
    assert path.read_bytes() == theirs  # their work is intact
    assert wf.modified and wf.load().use_cases[0].title == "Our change"  # ours too


def test_merge_then_save_keeps_both(opened):
    wf, ws = opened
    _colleague_saves(wf.path, lambda t, w: t.put(m.Person(name="Their new colleague")))
    with pytest.raises(FileError):
        wf.save()
    session = prepare(wf, wf.path, from_disk=True)
    assert session.conflicts == []
    session.apply()
    accept_disk_version(wf)
    wf.save()
    with WorkspaceFile.open(wf.path, read_only=True) as check:
        merged = check.load()
    assert merged.use_case(ws.use_cases[0].uuid).title == "Our change"
    assert any(p.name == "Their new colleague" for p in merged.people)


def test_save_as_or_overwriting_knowingly(opened, tmp_path):
    wf, ws = opened
    _colleague_saves(wf.path, lambda t, w: t.put(m.Person(name="Their new colleague")))
    original = wf.path
    elsewhere = tmp_path / "ours.leitplanken"
    wf.save(elsewhere)  # Save as is always possible
    assert wf.path == elsewhere and lock.read_lock(original) is None
    wf.save(original)  # then overwriting after being told
    with WorkspaceFile.open(original, read_only=True) as check:
        assert not any(p.name == "Their new colleague" for p in check.load().people)


def test_overwrite_knowingly_in_place(opened):
    wf, _ = opened
    _colleague_saves(wf.path, lambda t, w: t.put(m.Person(name="Their new colleague")))
    with pytest.raises(FileError):
        wf.save()
    accept_disk_version(wf)
    wf.save()
    assert not wf.modified


def test_a_mere_touch_or_identical_copy_is_no_change(opened):
    wf, _ = opened
    same = wf.path.read_bytes()
    st = os.stat(wf.path)
    os.utime(wf.path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    wf.path.write_bytes(same)
    wf.save()  # nothing changed in content: no complaint
    wf.save()  # and our own save renews what we compare against
