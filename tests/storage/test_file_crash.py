"""Killed with SIGKILL at random moments while writing or saving: nothing half-done survives.

The child processes are forked from the test process (storage already imported), so each kill
point costs milliseconds and a run can afford hundreds of them.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest
from file_factories import make_file

from leitplanken.domain import model as m
from leitplanken.storage import WorkspaceFile, lock
from leitplanken.storage.locations import working_dir
from leitplanken.storage.saving import backup_file, temp_path

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork()")

CHILDREN = 5  # records written together with each use case


def _child(body, ready_fd: int) -> None:
    """Runs `body` in the forked child; never returns (os._exit, no pytest teardown).

    A failure before the child is ready is sent through the pipe instead of "r".
    """
    try:
        body(ready_fd)
    except BaseException as exc:
        os.write(ready_fd, f"!{type(exc).__name__}: {exc}".encode()[:500])
    finally:
        os._exit(0)


def run_and_kill(body, rng: random.Random, max_delay: float) -> None:
    """Forks a child running body(ready_fd), waits for its signal, kills it after a random delay."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        os.close(read_fd)
        _child(body, write_fd)
    os.close(write_fd)
    try:
        signal_byte = os.read(read_fd, 1)
        if signal_byte != b"r":
            pytest.fail("child failed: " + (signal_byte + os.read(read_fd, 500)).decode())
        time.sleep(rng.uniform(0, max_delay))
        os.kill(pid, signal.SIGKILL)
    finally:
        os.close(read_fd)
        os.waitpid(pid, 0)


def _write_batches(path: Path):
    """The child's work: open the file, then commit batches of a use case with its children."""

    def body(ready_fd: int) -> None:
        wf = WorkspaceFile.open(path)
        assert wf.db is not None  # sqlite_utils loads now, so the kills land between commits
        os.write(ready_fd, b"r")
        for n in range(100_000):
            uc = m.UseCase(title=f"batch {n}")
            acts = [m.RaciActivity(use_case_uuid=uc.uuid, title=f"batch {n}") for _ in range(CHILDREN)]
            wf.put_many([uc, *acts])

    return body


def after_crash(path: Path) -> None:
    """What the user does after a crash: the stale "in use" marker is broken, the working
    copy (checked by the caller) is dealt with."""
    lock.break_lock(path)
    for leftover in working_dir().iterdir():
        leftover.unlink()


def check_working_copy(copy: Path) -> int:
    """Integrity and all-or-nothing of every batch in a killed child's working copy."""
    conn = sqlite3.connect(copy)  # a normal connection rolls the hot journal back
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        titles = [r[0] for r in conn.execute("SELECT title FROM use_case ORDER BY title")]
        batches = sorted(int(t.split()[1]) for t in titles if t.startswith("batch "))
        assert batches == list(range(len(batches))), "a batch in the middle is missing"
        for n in batches:
            acts = conn.execute(
                "SELECT count(*) FROM raci_activity WHERE title = ?", [f"batch {n}"]
            ).fetchone()[0]
            assert acts == CHILDREN, f"batch {n} is partial: {acts} activities"
        history = conn.execute(
            "SELECT count(*) FROM history WHERE action = 'insert'"
        ).fetchone()[0]
        assert history == len(batches) * (CHILDREN + 1)
    finally:
        conn.close()
    # What survives a crash is a valid workspace file: it opens and loads.
    with WorkspaceFile.open(copy, read_only=True) as wf:
        assert len([u for u in wf.load().use_cases if u.title.startswith("batch")]) == len(batches)
    return len(batches)


def kill_while_writing(tmp_path: Path, points: int, seed: int) -> list[int]:
    """`points` kills during writes; returns how many batches each surviving copy held."""
    path = make_file(tmp_path / "w.leitplanken", m.Workspace())
    rng = random.Random(seed)
    held = []
    for _ in range(points):
        run_and_kill(_write_batches(path), rng, 0.04)
        copies = list(working_dir().glob("*.leitplanken"))
        assert len(copies) == 1
        held.append(check_working_copy(copies[0]))
        after_crash(path)
    return held


def test_kill_while_writing_fast(tmp_path: Path):
    held = kill_while_writing(tmp_path, 60, seed=11)
    assert max(held) > 0  # the kills did land between commits


@pytest.mark.slow
def test_kill_while_writing_thousand(tmp_path: Path):
    held = kill_while_writing(tmp_path, 1000, seed=12)
    assert len(set(held)) > 10


def _save_repeatedly(path: Path):
    """The child's work: change the company's name and save, again and again."""

    def body(ready_fd: int) -> None:
        wf = WorkspaceFile.open(path)
        company = wf.load().company
        assert wf.db is not None  # sqlite_utils loads now, so the kills land between saves
        os.write(ready_fd, b"r")
        for n in range(100_000):
            company.name = f"version {n}"
            company.board_name = "x" * (n % 7) * 70  # vary the size of the file (a line: at most 500)
            wf.put(company)
            wf.save()

    return body


def check_saved(path: Path) -> str:
    """The target (and its backup) are complete files: old or new, never partial."""
    names = {p.name for p in path.parent.iterdir()}
    ours = {path.name, backup_file(path).name, temp_path(path).name, temp_path(path, "bak").name,
            lock.lock_path(path).name}
    assert names <= ours, names
    for candidate in (path, backup_file(path)):
        if candidate.exists():
            with WorkspaceFile.open(candidate, read_only=True) as wf:
                name = wf.load().company.name
                assert name == "Demo" or name.startswith("version "), name
    with WorkspaceFile.open(path, read_only=True) as wf:
        return wf.load().company.name


def kill_while_saving(tmp_path: Path, points: int, seed: int) -> set[str]:
    """`points` kills during saves; returns the versions found afterwards."""
    folder = tmp_path / "stick"
    folder.mkdir()
    path = make_file(folder / "w.leitplanken", m.Workspace(company=m.Company(name="Demo")))
    rng = random.Random(seed)
    seen = set()
    for _ in range(points):
        run_and_kill(_save_repeatedly(path), rng, 0.1)
        seen.add(check_saved(path))
        after_crash(path)
    # The next save removes a temporary file a killed save left behind.
    with WorkspaceFile.open(path) as wf:
        wf.save()
    assert {p.name for p in folder.iterdir()} == {path.name, backup_file(path).name}
    return seen


def test_kill_while_saving_fast(tmp_path: Path):
    seen = kill_while_saving(tmp_path, 50, seed=21)
    assert len(seen) > 5


@pytest.mark.slow
def test_kill_while_saving_many(tmp_path: Path):
    seen = kill_while_saving(tmp_path, 1000, seed=22)
    assert len(seen) > 10
