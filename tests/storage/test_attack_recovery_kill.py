"""kill -9 while recovering and saving the work of an earlier crash: afterwards the file is the
old one or holds the recovered work (never partial), and work not in the file is still offered
and recoverable at the next start."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from file_factories import make_file
from test_file_crash import run_and_kill

from leitplanken.domain import model as m
from leitplanken.storage import FileError, WorkspaceFile, lock, recovery
from leitplanken.storage.locations import working_dir

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork()")

WORK = "Unsaved before the first crash"


def _crash_with_work(path: Path) -> None:
    """A forked app opens the file, makes an edit and dies without any clean-up."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        try:
            wf = WorkspaceFile.open(path)
            wf.put(m.Person(name=WORK))
        finally:
            os._exit(0)
    os.waitpid(pid, 0)


def _recover_and_save(ready_fd: int) -> None:
    """The next start: "Recover", then Save (killed at a random moment)."""
    os.write(ready_fd, b"r")
    for orphan in recovery.discard_saved_twins():
        wf = recovery.recover(orphan)
        wf.save()
        wf.close()


def _has_work(path: Path) -> bool:
    """Opens the file (it must be complete) and says whether the recovered work is in it."""
    with WorkspaceFile.open(path, read_only=True) as wf:
        ws = wf.load()
    assert ws.company.name == "Demo"
    return any(p.name == WORK for p in ws.people)


def _recover_what_is_offered(path: Path) -> bool:
    """The start after the kill: every offered orphan opens; True if one holds the work."""
    found = False
    for orphan in recovery.discard_saved_twins():
        try:
            wf = recovery.recover(orphan)
        except FileError as err:
            pytest.fail(f"offered work cannot be recovered: {err}")
        with wf:
            found = found or any(p.name == WORK for p in wf.load().people)
    return found


def kill_while_recovering(tmp_path: Path, points: int, seed: int) -> tuple[int, int]:
    """`points` rounds of crash, then kill during recovery; returns (in file, still offered)."""
    path = make_file(tmp_path / "w.leitplanken", m.Workspace(company=m.Company(name="Demo")))
    rng = random.Random(seed)
    in_file = offered = 0
    for _ in range(points):
        _crash_with_work(path)
        run_and_kill(_recover_and_save, rng, 0.06)
        saved = _has_work(path)
        still = _recover_what_is_offered(path)
        assert saved or still, "the work was lost"
        in_file += saved
        offered += still
        lock.break_lock(path)  # the killed app's marker
        for leftover in working_dir().iterdir():
            leftover.unlink()
        make_file(path, m.Workspace(company=m.Company(name="Demo")))  # a fresh round
    return in_file, offered


def test_kill_while_recovering_fast(tmp_path: Path):
    in_file, offered = kill_while_recovering(tmp_path, 25, seed=31)
    assert in_file + offered >= 25


@pytest.mark.slow
def test_kill_while_recovering_many(tmp_path: Path):
    in_file, offered = kill_while_recovering(tmp_path, 400, seed=32)
    assert in_file > 10 and offered > 10  # the kills landed before and after the save
