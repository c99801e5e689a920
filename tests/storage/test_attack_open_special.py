"""Pipes, sockets, folders and devices where a workspace file or its side files should be.

Only regular files are read; nothing can block on a FIFO. Each case gives a clear FileError
within a second (open, `check`, merge, Save as), and a stray pipe or device as `-journal` or
`-wal` beside the file neither blocks opening nor makes Save fail.
"""

from __future__ import annotations

import os
import socket
import stat
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from file_factories import make_file

from leitplanken.storage import FileError, WorkspaceFile, is_encrypted_file
from leitplanken.storage.merge_apply import prepare
from leitplanken.storage.saving import backup_file

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and sockets")


def _unblock(path: Path) -> None:
    """Opens the other end of a FIFO, so a reader blocked on it returns (after a failure)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
    except OSError:
        pass


def within(seconds: float, call: Callable[[], Any], fifos: list[Path]) -> Any:
    """Runs `call` in a thread; fails (and releases blocked FIFO readers) when it takes longer."""
    box: dict[str, Any] = {}

    def run() -> None:
        """Keeps the result or the exception for the test thread."""
        try:
            box["result"] = call()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            box["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    started = time.monotonic()
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        for fifo in fifos:
            _unblock(fifo)
        worker.join(5)
        pytest.fail(f"blocked for more than {seconds} s")
    assert time.monotonic() - started < seconds
    if "error" in box:
        raise box["error"]
    return box.get("result")


@pytest.fixture
def short_dir() -> Iterator[Path]:
    """A folder with a short path: a UNIX socket's path may have at most about 100 bytes."""
    with tempfile.TemporaryDirectory(prefix="lp-", dir="/tmp") as folder:
        yield Path(folder)


def _special(path: Path, kind: str, keep: list) -> None:
    """Creates a FIFO, socket, folder, device, or a symlink to one, at `path`."""
    if kind.startswith("link to "):
        real = path.with_name(path.name + ".real")
        _special(real, kind.removeprefix("link to "), keep)
        path.symlink_to(real)
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "socket":
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.bind(str(path))
        sock.listen(1)
        keep.append(sock)
    elif kind == "folder":
        path.mkdir()
    elif kind == "device":
        path.symlink_to("/dev/null")
    else:
        raise AssertionError(kind)


KINDS = ["fifo", "socket", "folder", "device", "link to fifo", "link to socket",
         "link to folder"]


def _code(kind: str) -> str:
    """What the user is told about each kind."""
    return "is_directory" if kind.endswith("folder") else "not_regular"


@pytest.mark.parametrize("operation", ["open", "check", "merge"])
@pytest.mark.parametrize("kind", KINDS)
def test_no_workspace_file_but_a_special_one(short_dir: Path, kind: str, operation: str):
    """Opening, checking or merging from one is refused at once with a clear code."""
    path = short_dir / "w.leitplanken"
    keep: list = []
    _special(path, kind, keep)
    fifos = [p for p in short_dir.iterdir() if stat.S_ISFIFO(os.lstat(p).st_mode)]
    mine = make_file(short_dir / "mine.leitplanken")

    def attempt() -> None:
        """The operation under test."""
        if operation == "merge":
            assert not is_encrypted_file(path)  # asked first by the merge dialog
            with WorkspaceFile.open(mine) as wf:
                prepare(wf, path)
        else:
            WorkspaceFile.open(path, read_only=operation == "check").close()

    with pytest.raises(FileError) as info:
        within(1.0, attempt, fifos)
    assert info.value.code == _code(kind)
    for sock in keep:
        sock.close()


@pytest.mark.parametrize("kind", ["fifo", "socket", "device", "folder"])
def test_no_save_as_over_a_special_file(short_dir: Path, kind: str):
    """Save as onto a pipe, socket, device or folder refuses clearly and replaces nothing."""
    target = short_dir / "target.leitplanken"
    keep: list = []
    if kind == "device":  # a private device node, never the real /dev/null
        if os.geteuid() != 0:
            pytest.skip("creating a device node needs root")
        os.mknod(target, stat.S_IFCHR | 0o600, os.makedev(1, 3))
    else:
        _special(target, kind, keep)
    before = os.lstat(target)
    fifos = [target] if kind == "fifo" else []
    wf = WorkspaceFile.open(make_file(short_dir / "w.leitplanken"))
    try:
        with pytest.raises(FileError) as info:
            within(1.0, lambda: wf.save(target), fifos)
    finally:
        wf.close()
    assert info.value.code == _code(kind)
    after = os.lstat(target)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    for sock in keep:
        sock.close()


SIDE_KINDS = ["fifo", "socket", "device", "link to fifo"]


@pytest.mark.parametrize("suffix", ["-journal", "-wal"])
@pytest.mark.parametrize("kind", SIDE_KINDS)
def test_a_stray_special_side_file_neither_blocks_nor_breaks_save(
    short_dir: Path, kind: str, suffix: str
):
    """Open, edit, Save and reopen work; the stray file is gone after Save (it was no journal)."""
    path = make_file(short_dir / "w.leitplanken")
    side = Path(f"{path}{suffix}")
    keep: list = []
    _special(side, kind, keep)
    fifos = [p for p in short_dir.iterdir() if stat.S_ISFIFO(os.lstat(p).st_mode)]

    def edit_and_save() -> None:
        """One edit and a Save, then a fresh open reads it back."""
        with WorkspaceFile.open(path) as wf:
            ws = wf.load()
            ws.company.name = "saved beside a stray side file"
            wf.put(ws.company)
            wf.save()
        with WorkspaceFile.open(path, read_only=True) as wf:
            assert wf.load().company.name == "saved beside a stray side file"

    within(3.0, edit_and_save, fifos)
    assert not os.path.lexists(side)
    assert not os.path.lexists(f"{backup_file(path)}{suffix}")
    for sock in keep:
        sock.close()


def test_a_folder_as_journal_makes_save_say_so(short_dir: Path):
    """A folder named NAME-journal cannot be removed safely: Save names it, loses nothing."""
    path = make_file(short_dir / "w.leitplanken")
    journal = Path(f"{path}-journal")
    journal.mkdir()
    (journal / "inside.txt").write_text("not ours")
    with WorkspaceFile.open(path) as wf:
        ws = wf.load()
        ws.company.name = "kept in the working copy"
        wf.put(ws.company)
        with pytest.raises(FileError) as info:
            wf.save()
        assert info.value.code == "not_regular"
        assert info.value.path == journal
        assert wf.modified
        assert wf.load().company.name == "kept in the working copy"
        wf.save(short_dir / "elsewhere.leitplanken")
    assert (journal / "inside.txt").read_text() == "not ours"
    with WorkspaceFile.open(short_dir / "elsewhere.leitplanken", read_only=True) as wf:
        assert wf.load().company.name == "kept in the working copy"
