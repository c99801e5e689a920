"""Save, send copy and merge report their progress and can be stopped before their point of no
return: stopped, they leave the target, the working copy and the other copy as they were.

Also how merge reads: both copies table by table, a record both hold alike built once, the
other copy's history copied from its file rather than held (the memory bound of merging).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from file_factories import rich_workspace

from leitplanken.domain import model as m
from leitplanken.storage import Cancelled, WorkspaceFile
from leitplanken.storage.merge_apply import prepare
from leitplanken.storage.send_copy import send_copy


class StopAt:
    """A progress callback that records every report and stops at the n-th one."""

    def __init__(self, at: int | None = None) -> None:
        """`at` None: never stop."""
        self.at = at
        self.reports: list[tuple[int, int]] = []

    def __call__(self, done: int, total: int) -> None:
        self.reports.append((done, total))
        if self.at is not None and len(self.reports) >= self.at:
            raise Cancelled


def _dump(wf: WorkspaceFile) -> dict[str, list[tuple]]:
    """Every row of every table of a working copy, to compare before and after."""
    conn = wf.db.conn
    tables = [t for (t,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}"))) for t in tables}


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "mine.leitplanken"
    WorkspaceFile.create(path, rich_workspace()).close()
    return path


def _edited(path: Path, title: str) -> None:
    """A change through the storage API, saved."""
    with WorkspaceFile.open(path) as wf:
        uc = wf.load().use_cases[0]
        uc.title = title
        wf.put(uc)
        wf.put(m.Person(name=f"Person of {title}"))
        wf.save()


def test_save_reports_bytes_up_to_the_total_and_saves(saved, tmp_path):
    target = tmp_path / "as.leitplanken"
    with WorkspaceFile.open(saved) as wf:
        progress = StopAt()
        wf.save(target, progress=progress)
    done = [d for d, _t in progress.reports]
    assert done == sorted(done) and progress.reports[-1][0] == progress.reports[-1][1]
    with WorkspaceFile.open(target, read_only=True) as check:
        assert check.load().use_cases


@pytest.mark.parametrize("at", [1, 2, 3])
def test_save_as_stopped_leaves_nothing_at_the_target(saved, tmp_path, at, monkeypatch):
    import leitplanken.storage.saving as saving

    monkeypatch.setattr(saving, "_CHUNK", 4096)
    monkeypatch.setattr(saving, "_PAGES", 1)
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    with WorkspaceFile.open(saved) as wf:
        wf.put(m.Person(name="Unsaved"))
        with pytest.raises(Cancelled):
            wf.save(folder / "as.leitplanken", progress=StopAt(at))
        assert wf.path == saved.resolve() and wf.modified
    assert list(folder.iterdir()) == []


def test_save_over_a_file_stopped_late_keeps_the_file(saved, monkeypatch):
    import leitplanken.storage.saving as saving

    monkeypatch.setattr(saving, "_CHUNK", 4096)
    before = saved.read_bytes()
    stopped: list[int] = []

    def late(done: int, total: int) -> None:
        # late: the new file is (nearly) written, the previous one is being kept (a copy, or
        # a second name where the file system has hard links, which takes no time)
        if done * 10 >= total * 6 and done < total:
            stopped.append(done)
            raise Cancelled

    with WorkspaceFile.open(saved) as wf:
        wf.put(m.Person(name="Unsaved"))
        with pytest.raises(Cancelled):
            wf.save(progress=late)
        assert wf.modified
    assert stopped and saved.read_bytes() == before
    assert not [p for p in saved.parent.iterdir() if p.name.startswith(".~lp-")]


@pytest.mark.parametrize("passphrase", [None, "a long passphrase 42"])
def test_send_copy_stopped_leaves_nothing_and_unstopped_reaches_the_total(saved, tmp_path,
                                                                          passphrase):
    folder = tmp_path / "stick"
    folder.mkdir()
    with WorkspaceFile.open(saved) as wf:
        for at in (1, 2, 3):
            with pytest.raises(Cancelled):
                send_copy(wf, folder / "copy.leitplanken", passphrase, StopAt(at))
            assert list(folder.iterdir()) == []
        progress = StopAt()
        send_copy(wf, folder / "copy.leitplanken", passphrase, progress)
    assert progress.reports[-1][0] == progress.reports[-1][1]
    assert [p.name for p in folder.iterdir()] == ["copy.leitplanken"]


def test_merge_stopped_while_reading_or_writing_changes_nothing(saved, tmp_path):
    theirs = tmp_path / "theirs.leitplanken"
    with WorkspaceFile.open(saved) as wf:
        send_copy(wf, theirs)
    _edited(theirs, "Their title")
    with WorkspaceFile.open(saved) as wf:
        before = _dump(wf)
        with pytest.raises(Cancelled):
            prepare(wf, theirs, progress=StopAt(1))
        assert _dump(wf) == before
        counting = StopAt()
        session = prepare(wf, theirs)
        session.apply(progress=counting)
        merged = _dump(wf)
    assert counting.reports[-1][0] == counting.reports[-1][1]
    for at in range(1, len(counting.reports) + 1):
        with WorkspaceFile.open(saved) as wf:
            session = prepare(wf, theirs)
            with pytest.raises(Cancelled):
                session.apply(progress=StopAt(at))
            assert _dump(wf) == before and not wf.modified
            assert session.other is not None and session.other._conn is None  # released
    with WorkspaceFile.open(saved) as wf:
        prepare(wf, theirs).apply()
        again = _dump(wf)
    assert again.keys() == merged.keys()
    assert {t: len(rows) for t, rows in again.items()} == {t: len(r) for t, r in merged.items()}


def test_records_both_copies_hold_alike_are_read_once(saved, tmp_path):
    theirs = tmp_path / "theirs.leitplanken"
    shutil.copyfile(saved, theirs)
    _edited(theirs, "Changed there")
    with WorkspaceFile.open(saved) as wf:
        session = prepare(wf, theirs)
        mine, other = session.plan.mine, session.plan.theirs
        alike = [u for u in mine.records if u in other.records
                 and mine.records[u] is other.records[u]]
        differ = [u for u in mine.records if u in other.records
                  and mine.records[u] is not other.records[u]]
        assert len(alike) > 10 * max(1, len(differ))
        assert all(mine.records[u] != other.records[u] or mine.records[u].revision
                   != other.records[u].revision for u in differ)
        session.close()


def test_an_unfinished_merge_releases_the_other_copy(saved, tmp_path):
    theirs = tmp_path / "theirs.leitplanken"
    shutil.copyfile(saved, theirs)
    with WorkspaceFile.open(saved) as wf:
        session = prepare(wf, theirs)
        working = session.other.working_path
        assert working.exists()
        session.close()
        session.close()
        assert not working.exists()
        other = prepare(wf, theirs)
        working = other.other.working_path
        del other  # dropped without close(): its finaliser releases the copy
        assert not working.exists()


_PEAK = textwrap.dedent("""
    import resource, shutil, sys
    from pathlib import Path
    from leitplanken.storage import WorkspaceFile
    from leitplanken.storage.merge_apply import prepare
    what, folder = sys.argv[1], Path(sys.argv[2])
    if what == "open":
        with WorkspaceFile.open(folder / "mine.leitplanken") as wf:
            wf.load()
    else:
        work = folder / "work.leitplanken"
        shutil.copyfile(folder / "mine.leitplanken", work)
        with WorkspaceFile.open(work) as wf:
            prepare(wf, folder / "theirs.leitplanken").apply()
    # VmHWM: this program's own peak (ru_maxrss would count the parent's memory at the fork)
    status = Path("/proc/self/status")
    lines = status.read_text().splitlines() if status.exists() else []
    hwm = [int(line.split()[1]) for line in lines if line.startswith("VmHWM:")]
    print(hwm[0] if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
""")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="resource.getrusage is POSIX")
def test_merging_two_large_copies_needs_at_most_twice_the_memory_of_opening_one(tmp_path):
    from leitplanken.domain.catalogue import seed_use_case

    ws = rich_workspace()
    for i in range(1500):
        uc = m.UseCase(title=f"Use case {i}", problem="A problem worth solving " * 8)
        seed_use_case(uc, "en")
        ws.use_cases.append(uc)
    mine = tmp_path / "mine.leitplanken"
    WorkspaceFile.create(mine, ws).close()
    with WorkspaceFile.open(mine) as wf:
        send_copy(wf, tmp_path / "theirs.leitplanken")
    _edited(tmp_path / "theirs.leitplanken", "Changed there")
    _edited(mine, "Changed here")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}

    def peak(what: str) -> int:
        out = subprocess.run([sys.executable, "-c", _PEAK, what, str(tmp_path)], env=env,
                             capture_output=True, text=True, check=True)
        return int(out.stdout.split()[-1])

    opening, merging = peak("open"), peak("merge")
    assert merging <= 2 * opening, f"merge {merging} KiB, opening one copy {opening} KiB"
