"""Lock markers nobody here wrote: a FIFO, socket, folder, links, forged or giant fields.

Every one is read at once (never blocks), counts as an unreadable (stale) marker with its own
message, and can be broken; after breaking, the file opens normally."""

from __future__ import annotations

import json
import os
import socket
import threading
from pathlib import Path

import pytest
from file_factories import make_file

from leitplanken.i18n.file_errors import file_error_text
from leitplanken.i18n.translator import Translator
from leitplanken.storage import FileError, WorkspaceFile, lock


def _fifo(marker: Path) -> None:
    os.mkfifo(marker)


def _socket(marker: Path) -> None:
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(marker))
    sock.close()  # the socket file stays


def _folder(marker: Path) -> None:
    marker.mkdir()


def _dangling(marker: Path) -> None:
    marker.symlink_to(marker.parent / "nowhere")


def _loop(marker: Path) -> None:
    marker.symlink_to(marker)


def _link_to_a_real_marker(marker: Path) -> None:
    real = marker.parent / "elsewhere.json"
    real.write_text(json.dumps({"user": "x", "machine": "y", "pid": 1, "since": "2026-01-01"}))
    marker.symlink_to(real)


KINDS = [_fifo, _socket, _folder, _dangling, _loop, _link_to_a_real_marker]


def _in_thread(fn, *args):
    """Runs fn in a thread and fails (instead of hanging the suite) if it blocks."""
    out: dict = {}

    def run():
        try:
            out["value"] = fn(*args)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            out["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(5)
    assert not thread.is_alive(), f"{fn.__name__} blocked on the marker"
    if "error" in out:
        raise out["error"]
    return out.get("value")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="Unix marker kinds")
@pytest.mark.parametrize("make_marker", KINDS, ids=lambda f: f.__name__.strip("_"))
def test_a_marker_that_is_no_regular_file_is_unreadable_and_breakable(tmp_path, make_marker):
    path = make_file(tmp_path / "w.leitplanken")
    marker = lock.lock_path(path)
    make_marker(marker)

    holder = _in_thread(lock.read_lock, path)
    assert holder is not None and not holder.readable and holder.is_stale()
    with pytest.raises(FileError) as err:
        _in_thread(WorkspaceFile.open, path)
    assert err.value.code == "locked" and err.value.details["stale"]
    text = file_error_text(err.value, Translator("en"))
    assert "cannot be read" in text and "w.leitplanken" in text

    _in_thread(lock.break_lock, path)
    assert not os.path.lexists(marker)
    if make_marker is _link_to_a_real_marker:
        assert (tmp_path / "elsewhere.json").exists()  # only the link went, not its target
    with WorkspaceFile.open(path) as wf:
        assert wf.lock_marker is not None and lock.read_lock(path).is_ours()
    assert not os.path.lexists(marker)


FORGED = [
    {"user": "a", "machine": "b", "pid": 2**40, "since": "2026-01-01T00:00:00+00:00"},
    {"user": "a", "machine": "b", "pid": -5, "since": "2026-01-01T00:00:00+00:00"},
    {"user": "a", "machine": "b", "pid": "1234", "since": "2026-01-01T00:00:00+00:00"},
    {"user": "a", "machine": "b", "pid": 1.5},
    {"user": "a", "machine": "b", "pid": True},
    {"user": ["a"], "machine": "b", "pid": 1},
    {"user": "a", "machine": {"x": 1}, "pid": 1},
    {"user": "a" * 5000, "pid": 1},
    {"user": "a", "since": 12345},
    {"user": "a", "since": "9999-12-31T23:59:59+00:00"},
    {"user": "a", "since": "0001-01-01T00:00:00+14:00"},
    {"user": "a\u0000b"},
    [1, 2, 3],
    "just a string",
    None,
]
RAW = [b"{", b"\xff\xfe{}", b"[" * 4000 + b"]" * 4000, b'{"pid": ' + b"9" * 5000 + b"}",
       b"\x00" * 100, b""]


def _write(marker: Path, content: object) -> None:
    marker.write_bytes(content if isinstance(content, bytes) else json.dumps(content).encode())


@pytest.mark.parametrize("content", FORGED + RAW, ids=lambda c: repr(c)[:40])
def test_a_forged_or_garbled_marker_is_unreadable_breakable_never_damaged(tmp_path, content):
    path = make_file(tmp_path / "w.leitplanken")
    _write(lock.lock_path(path), content)
    holder = lock.read_lock(path)
    assert holder is not None and holder.is_stale()  # no crash on OverflowError & co.
    with pytest.raises(FileError) as err:
        WorkspaceFile.open(path)
    assert err.value.code == "locked"  # never "damaged, use the .bak"
    assert err.value.details["stale"] is True
    file_error_text(err.value, Translator("de"))
    lock.break_lock(path)  # no OverflowError
    assert not lock.lock_path(path).exists()
    WorkspaceFile.open(path).close()


def test_pid_alive_refuses_impossible_pids_without_overflow():
    for pid in (2**40, 2**63, -1, 0):
        assert lock.pid_alive(pid) is False
    assert lock.pid_alive(os.getpid())


def test_a_valid_foreign_marker_still_names_its_holder(tmp_path):
    """The defensive parsing keeps what we do write: user, machine and time are shown."""
    path = make_file(tmp_path / "w.leitplanken")
    from datetime import UTC, datetime

    now = datetime.now(UTC).isoformat(timespec="seconds")
    _write(lock.lock_path(path), {"app": "leitplanken", "user": "anna", "machine": "laptop-7",
                                  "pid": 4242, "since": now})
    with pytest.raises(FileError) as err:
        WorkspaceFile.open(path)
    assert err.value.details["stale"] is False and not err.value.details["unreadable"]
    assert "anna" in file_error_text(err.value, Translator("en"))
    with pytest.raises(FileError):
        lock.break_lock(path)  # a live marker of someone else stays


def test_a_marker_name_too_long_is_said_as_such(tmp_path: Path) -> None:
    """A file whose marker name would pass the file system's limit: the name is the problem."""
    from leitplanken.storage import FileError
    from leitplanken.storage.lock import acquire

    path = tmp_path / ("ä" * 118 + ".leitplanken")  # 248 bytes; the marker ".~lock.NAME#" 256
    path.write_bytes(b"")
    with pytest.raises(FileError) as err:
        acquire(path)
    assert err.value.code == "name_too_long_to_save"
