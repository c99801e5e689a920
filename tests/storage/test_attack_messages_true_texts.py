"""Each attack gets the message that is true for it: a full data folder is not the stick's
medium, a UTF-16 SQLite file is not "damaged, use the .bak", a link loop or a socket is not
"the stick was removed"."""

from __future__ import annotations

import json
import os
import resource
import signal
import socket
import sqlite3
import threading
from pathlib import Path

import pytest
from file_factories import make_file

from leitplanken.domain import model as m
from leitplanken.i18n.file_errors import file_error_text
from leitplanken.i18n.translator import Translator
from leitplanken.storage import FileError, WorkspaceFile
from leitplanken.storage.locations import working_dir
from leitplanken.storage.schema import APPLICATION_ID, CURRENT_VERSION

EN = Translator("en")
WRONG = {code: file_error_text(FileError(code, "/x/w.leitplanken"), EN)
         for code in ("damaged", "io", "disk_full")}


def _open_code(path: Path) -> FileError:
    """The FileError opening `path` gives, within 5 s (a FIFO must not hang the opener)."""
    out: dict = {}

    def run():
        try:
            WorkspaceFile.open(path).close()
        except FileError as err:
            out["err"] = err

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(5)
    assert not thread.is_alive(), "opening blocked"
    assert "err" in out, "opened although it should not"
    return out["err"]


def _utf16_flipped(tmp: Path) -> Path:
    path = make_file(tmp / "w.leitplanken")
    data = bytearray(path.read_bytes())
    data[56:60] = (2).to_bytes(4, "big")
    path.write_bytes(bytes(data))
    return path


def _utf16_real(tmp: Path) -> Path:
    """A UTF-16 database made by another tool that even carries our id and version."""
    path = tmp / "w.leitplanken"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA encoding = 'UTF-16be'")
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION}")
    conn.commit()
    conn.close()
    return path


def _self_loop(tmp: Path) -> Path:
    path = tmp / "w.leitplanken"
    path.symlink_to(path)
    return path


def _two_link_loop(tmp: Path) -> Path:
    path, other = tmp / "w.leitplanken", tmp / "b.leitplanken"
    path.symlink_to(other)
    other.symlink_to(path)
    return path


def _fifo(tmp: Path) -> Path:
    path = tmp / "w.leitplanken"
    os.mkfifo(path)
    return path


def _socket(tmp: Path) -> Path:
    path = tmp / "w.leitplanken"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(path))
    sock.close()
    return path


CASES = [(_utf16_flipped, "utf16", "UTF-16"), (_utf16_real, "utf16", "another tool"),
         (_self_loop, "symlink_loop", "points to itself"),
         (_two_link_loop, "symlink_loop", "points to itself"),
         (_fifo, "not_regular", "not a regular file"),
         (_socket, "not_regular", "not a regular file")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="Unix file kinds")
@pytest.mark.parametrize(("make", "code", "words"), CASES, ids=lambda c: getattr(c, "__name__", ""))
def test_each_odd_file_gets_its_own_true_message(tmp_path, make, code, words):
    path = make(tmp_path)
    err = _open_code(path)
    assert err.code == code
    text = file_error_text(err, EN)
    assert words in text and "w.leitplanken" in text
    assert text not in WRONG.values()
    assert list(working_dir().glob("*")) == []  # nothing left behind


def _in_child(body) -> dict:
    """Runs body() in a forked child with a 1 MB file-size limit; returns what it reported."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child; reports through the pipe
        report: dict = {}
        try:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            body(report)
        except BaseException as exc:  # noqa: BLE001 - reported to the parent
            report["error"] = repr(exc)
        os.write(write_fd, json.dumps(report).encode())
        os._exit(0)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as fh:
        report = json.loads(fh.read() or b"{}")
    os.waitpid(pid, 0)
    return report


def _limit(nbytes: int) -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (nbytes, hard))


def _opening(path: Path, report: dict) -> None:
    _limit(path.stat().st_size // 2)  # the byte copy into the data folder cannot be written
    try:
        WorkspaceFile.open(path)
    except FileError as err:
        report["code"], report["text"] = err.code, file_error_text(err, EN)


def _editing(path: Path, report: dict) -> None:
    """Edits beyond the limit; the data folder's drive reports almost no free space (as a full
    one does), the file's folder plenty: the data folder is the one to name."""
    import shutil

    from leitplanken.storage import workspace_file

    real = shutil.disk_usage

    def usage(folder):
        got = real(folder)
        if Path(folder) == working_dir():
            return got._replace(free=1000)
        return got

    workspace_file.shutil.disk_usage = usage  # the forked child only
    wf = WorkspaceFile.open(path)
    _limit(path.stat().st_size + 100_000)
    ws = wf.load()
    try:
        for use_case in ws.use_cases:
            use_case.problem = "ä" * 19_000
            wf.put(use_case)
        wf.put_many([m.Person(name=f"{n} " + "ö" * 150) for n in range(5000)])
    except FileError as err:
        report["code"], report["text"] = err.code, file_error_text(err, EN)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() and RLIMIT_FSIZE")
@pytest.mark.parametrize("action", [_opening, _editing], ids=lambda f: f.__name__)
def test_a_full_data_folder_is_named_as_such(tmp_path, action):
    path = make_file(tmp_path / "w.leitplanken")
    before = path.read_bytes()
    report = _in_child(lambda r: action(path, r))
    assert report.get("code") == "data_folder_full", report
    assert str(working_dir()) in report["text"]  # names the folder to free
    assert report["text"] not in WRONG.values() and "medium holding" not in report["text"]
    assert path.read_bytes() == before


def test_creating_when_the_data_folder_is_full_names_it(monkeypatch):
    """SQLite says SQLITE_FULL while the new working copy is written (a full data drive)."""
    from leitplanken.storage import workspace_file

    def full(*_a, **_k):
        exc = sqlite3.OperationalError("database or disk is full")
        exc.sqlite_errorcode = 13  # type: ignore[attr-defined]
        raise exc

    monkeypatch.setattr(workspace_file, "create_schema", full)
    with pytest.raises(FileError) as err:
        WorkspaceFile.create(None, m.Workspace(company=m.Company(name="x")))
    assert err.value.code == "data_folder_full"
    assert str(working_dir()) in file_error_text(err.value, EN)
    assert list(working_dir().glob("*.leitplanken")) == []
