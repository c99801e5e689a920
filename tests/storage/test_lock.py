"""RELIABILITY kind 6: a second opener learns who has the file; a stale marker can be broken."""

from __future__ import annotations

import json
import os
import socket
from datetime import UTC, datetime, timedelta

import pytest
from reliability_support import SecondInstance, make_saved

from leitplanken.i18n.file_errors import file_error_text
from leitplanken.i18n.translator import Translator
from leitplanken.storage import FileError, WorkspaceFile, lock


@pytest.fixture
def saved(tmp_path):
    (tmp_path / "stick").mkdir()
    return make_saved(tmp_path / "stick" / "Firma.leitplanken")


def _marker(path, **fields):
    lock.lock_path(path).write_text(json.dumps(fields), encoding="utf-8")


def test_open_writes_the_marker_and_close_removes_it(saved):
    wf = WorkspaceFile.open(saved)
    marker = lock.lock_path(saved)
    assert marker.name == ".~lock.Firma.leitplanken#"
    info = json.loads(marker.read_text(encoding="utf-8"))
    assert info["pid"] == os.getpid() and info["machine"] == socket.gethostname()
    assert info["user"] and datetime.fromisoformat(info["since"]).tzinfo is not None
    wf.close()
    assert not marker.exists()


def test_a_second_instance_is_told_who_has_the_file(saved):
    other = SecondInstance(saved)
    try:
        with pytest.raises(FileError) as err:
            WorkspaceFile.open(saved)
        assert err.value.code == "locked"
        assert err.value.details["pid"] == other.pid
        assert err.value.details["machine"] == socket.gethostname()
        assert err.value.details["stale"] is False
        for lang, words in (("en", "is open by"), ("de", "geöffnet")):
            text = file_error_text(err.value, Translator(lang))
            assert words in text and socket.gethostname() in text
        # Read-only and a copy remain possible, and leave the other's marker alone.
        with WorkspaceFile.open(saved, read_only=True) as ro:
            assert ro.read_only and ro.load().use_cases
        assert lock.read_lock(saved).pid == other.pid
        with pytest.raises(FileError) as live:
            lock.break_lock(saved)  # a live marker is not breakable
        assert live.value.code == "locked"
    finally:
        other.quit()
    assert not lock.lock_path(saved).exists()
    WorkspaceFile.open(saved).close()


def test_the_marker_of_a_killed_instance_does_not_block_the_next_start(saved):
    other = SecondInstance(saved)
    other.kill()
    holder = lock.read_lock(saved)
    assert holder.pid == other.pid and holder.is_stale() and holder.is_own_crash()
    with WorkspaceFile.open(saved) as wf:
        assert lock.read_lock(saved).pid == os.getpid()
        wf.save()
    assert not lock.lock_path(saved).exists()


def test_a_colleagues_old_marker_is_stale_and_breakable(saved):
    old = (datetime.now(UTC) - timedelta(hours=lock.STALE_AFTER_HOURS + 1)).isoformat()
    _marker(saved, user="urs", machine="laptop-urs", pid=4242, since=old)
    with pytest.raises(FileError) as err:
        WorkspaceFile.open(saved)
    assert err.value.details["stale"] is True and err.value.details["user"] == "urs"
    lock.break_lock(saved)
    WorkspaceFile.open(saved).close()


def test_a_colleagues_fresh_marker_is_not_breakable(saved):
    _marker(saved, user="urs", machine="laptop-urs", pid=4242,
            since=datetime.now(UTC).isoformat())
    with pytest.raises(FileError) as err:
        lock.break_lock(saved)
    assert err.value.code == "locked" and err.value.details["stale"] is False
    assert lock.lock_path(saved).exists()


def test_a_garbled_marker_counts_as_stale(saved):
    lock.lock_path(saved).write_bytes(b"\xff\xfe garbage {")
    with pytest.raises(FileError) as err:
        WorkspaceFile.open(saved)
    assert err.value.code == "locked" and err.value.details["stale"] is True
    lock.break_lock(saved)
    WorkspaceFile.open(saved).close()


def test_save_as_onto_a_file_someone_has_open_is_refused(saved, tmp_path):
    target = make_saved(tmp_path / "other.leitplanken")
    before = target.read_bytes()
    other = SecondInstance(target)
    try:
        with WorkspaceFile.open(saved) as wf, pytest.raises(FileError) as err:
            wf.save(target)
        assert err.value.code == "locked"
        assert target.read_bytes() == before
    finally:
        other.quit()


def test_save_as_moves_the_marker(saved, tmp_path):
    new = tmp_path / "renamed.leitplanken"
    with WorkspaceFile.open(saved) as wf:
        wf.save(new)
        assert not lock.lock_path(saved).exists()
        assert lock.read_lock(new).pid == os.getpid()
    assert not lock.lock_path(new).exists()
