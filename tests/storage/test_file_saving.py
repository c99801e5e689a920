"""Saving when the world misbehaves: full disk, vanished folder, odd names, links, journals."""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import signal
import sqlite3
from pathlib import Path

import pytest
from file_factories import make_file, rich_workspace

from leitplanken.domain import model as m
from leitplanken.storage import FileError, WorkspaceFile
from leitplanken.storage.locations import working_dir
from leitplanken.storage.saving import backup_file


def digest(path: Path) -> str:
    """Content hash of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() and RLIMIT_FSIZE")
def test_disk_full_keeps_the_old_file_and_the_app_usable(tmp_path: Path):
    """RLIMIT_FSIZE in a child process: writes beyond the limit fail with EFBIG."""
    path = make_file(tmp_path / "w.leitplanken")
    before = digest(path)
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child; reports through the pipe
        report: dict = {}
        try:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            wf = WorkspaceFile.open(path)
            ws = wf.load()
            # the file grows by ~3 MB (a text field holds at most 20,000 characters)
            wf.put_many([m.System(name=f"big {n}", note="ä" * 20_000) for n in range(75)])
            soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
            resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, hard))
            try:
                wf.save()
            except FileError as err:
                report["code"] = err.code
            report["modified"] = wf.modified
            report["temp_files"] = sorted(  # the open file's "in use" marker is expected
                p.name for p in path.parent.iterdir() if not p.name.startswith(".~lock.")
            )
            resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
            ws.use_cases[0].title = "still usable"
            wf.put(ws.use_cases[0])
            wf.save()  # space is back: saving works again
            wf.close()
            report["ok"] = True
        except BaseException as exc:
            report["error"] = repr(exc)
        os.write(write_fd, json.dumps(report).encode())
        os._exit(0)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as fh:
        report = json.loads(fh.read() or b"{}")
    os.waitpid(pid, 0)
    assert report.get("code") == "disk_full", report
    assert report["modified"] is True
    assert report["temp_files"] == ["w.leitplanken"]  # old file intact, no temporary file
    assert report.get("ok"), report
    assert digest(backup_file(path)) == before  # the old version became the backup
    with WorkspaceFile.open(path) as wf:
        assert any(u.title == "still usable" for u in wf.load().use_cases)


def test_folder_gone_before_save_keeps_the_working_copy(tmp_path: Path):
    stick = tmp_path / "stick"
    stick.mkdir()
    path = make_file(stick / "w.leitplanken")
    wf = WorkspaceFile.open(path)
    ws = wf.load()
    ws.company.name = "changed while the stick was out"
    wf.put(ws.company)
    shutil.rmtree(stick)
    with pytest.raises(FileError) as err:
        wf.save()
    assert err.value.code == "io"
    assert wf.modified and wf.working_path.exists()
    assert wf.load().company.name == "changed while the stick was out"
    wf.save(tmp_path / "rescued.leitplanken")  # Save as elsewhere works
    wf.close()
    with WorkspaceFile.open(tmp_path / "rescued.leitplanken") as again:
        assert again.load().company.name == "changed while the stick was out"


def test_deleted_target_is_written_anew(tmp_path: Path):
    path = make_file(tmp_path / "w.leitplanken")
    with WorkspaceFile.open(path) as wf:
        path.unlink()
        wf.save()
    with WorkspaceFile.open(path) as wf:
        assert wf.load().use_cases


def test_save_keeps_the_previous_version_as_backup(tmp_path: Path):
    path = make_file(tmp_path / "w.leitplanken")
    before = digest(path)
    with WorkspaceFile.open(path) as wf:
        ws = wf.load()
        ws.company.name = "new"
        wf.put(ws.company)
        wf.save()
    assert digest(backup_file(path)) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.leitplanken", "w.leitplanken.bak"]


@pytest.mark.parametrize("links", [True, False], ids=["hard links", "no hard links (FAT)"])
def test_the_backup_holds_the_previous_bytes_and_stays_apart_from_the_new_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, links: bool):
    """The previous version becomes NAME.bak by a second name (no copy) or, where the file
    system has no hard links, by a copy; either way it holds the old bytes and later saves
    and edits of the file do not reach it."""
    if not links:
        def no_links(*_args: object, **_kw: object) -> None:
            raise OSError(1, "Operation not permitted")
        monkeypatch.setattr(os, "link", no_links)
    path = make_file(tmp_path / "w.leitplanken")
    first = digest(path)
    with WorkspaceFile.open(path) as wf:
        ws = wf.load()
        for name in ("second", "third"):
            second = digest(path)
            ws.company.name = name
            wf.put(ws.company)
            wf.save()
            assert digest(backup_file(path)) == (first if name == "second" else second)
            assert os.stat(backup_file(path)).st_ino != os.stat(path).st_ino
            assert os.stat(backup_file(path)).st_nlink == 1  # no name of the new file
    with WorkspaceFile.open(backup_file(path), read_only=True) as wf:
        assert wf.load().company.name == "second"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~lp-")]


def test_stale_journal_beside_the_target_is_not_applied_to_the_new_file(tmp_path: Path):
    """A journal of the old file, left beside it, would corrupt the new file on next open."""
    path = make_file(tmp_path / "w.leitplanken")
    crashed, _ = hot_journal(path)
    shutil.copyfile(
        crashed.with_name(crashed.name + "-journal"), path.with_name(path.name + "-journal")
    )
    with WorkspaceFile.open(path) as wf:
        wf.put(m.Person(name="Neu"))
        wf.save()
    assert not path.with_name(path.name + "-journal").exists()
    with WorkspaceFile.open(path) as wf:
        assert [p.name for p in wf.load().people if p.name == "Neu"] == ["Neu"]
        assert wf.integrity_problems() == []


def hot_journal(path: Path) -> tuple[Path, Path]:
    """Leaves `path` as a crash would: half-written pages and the hot journal to undo them.

    Returns copies of the crashed file with and without its journal.
    """
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA cache_size=2")  # spill changed pages into the file mid-transaction
    conn.execute("BEGIN")
    conn.execute("UPDATE company SET name = 'HALF WRITTEN'")
    for n in range(400):
        conn.execute(
            "INSERT INTO history (uuid, at, table_name, row_uuid, action, summary) "
            "VALUES (?, '2026', 'x', 'x', 'insert', ?)",
            [f"h{n}", "y" * 500],
        )
    journal = path.with_name(path.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0
    with_journal = path.with_name("crashed.leitplanken")
    without = path.with_name("orphan.leitplanken")
    shutil.copyfile(path, with_journal)
    shutil.copyfile(journal, with_journal.with_name(with_journal.name + "-journal"))
    shutil.copyfile(path, without)
    conn.execute("ROLLBACK")
    conn.close()
    return with_journal, without


def test_hot_journal_present_is_rolled_back_in_the_working_copy_only(tmp_path: Path):
    original_name = "Schreinerei"
    path = make_file(tmp_path / "w.leitplanken", m.Workspace(company=m.Company(name=original_name)))
    crashed, _ = hot_journal(path)
    before = digest(crashed)
    for read_only in (True, False):
        with WorkspaceFile.open(crashed, read_only=read_only) as wf:
            assert wf.load().company.name == original_name
            assert wf.integrity_problems() == []
    assert digest(crashed) == before  # the original is never written, not even rolled back
    assert crashed.with_name(crashed.name + "-journal").exists()


def test_hot_journal_missing_is_damaged_or_consistent(tmp_path: Path):
    path = make_file(tmp_path / "w.leitplanken", m.Workspace(company=m.Company(name="S")))
    _, orphan = hot_journal(path)
    try:
        with WorkspaceFile.open(orphan) as wf:
            assert wf.integrity_problems() == []
            wf.load()
    except FileError as err:
        assert err.code == "damaged"


@pytest.mark.parametrize(
    "name",
    [
        "..",
        "CON",
        "con.leitplanken",
        "LPT1.leitplanken",
        "trailing.leitplanken.",
        "trailing space.leitplanken ",
        "x" * 300 + ".leitplanken",
        "invoice\u202eexe.leitplanken",
        "zero\u200bwidth.leitplanken",
        "colon:name.leitplanken",
        "new\nline.leitplanken",
    ],
)
def test_bad_file_names_are_refused_clearly(tmp_path: Path, name: str):
    with WorkspaceFile.create(None, rich_workspace()) as wf:
        with pytest.raises(FileError) as err:
            wf.save(tmp_path / name)
        assert err.value.code == "bad_name"
        assert wf.modified is False and wf.path is None
    assert list(tmp_path.iterdir()) == []


def test_dot_dot_in_a_path_just_names_another_folder(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    with WorkspaceFile.create(tmp_path / "sub" / ".." / "up.leitplanken", rich_workspace()) as wf:
        assert wf.path == tmp_path.resolve() / "up.leitplanken"
    assert (tmp_path / "up.leitplanken").is_file()


def test_umlauts_and_spaces_in_names_are_fine(tmp_path: Path):
    path = tmp_path / "Schreinerei Müller – KI 2026 #1 (Łódź) 😀.leitplanken"
    make_file(path)
    with WorkspaceFile.open(path) as wf:
        wf.save()
        assert wf.load().use_cases


def test_save_as_onto_the_open_file_itself(tmp_path: Path):
    path = make_file(tmp_path / "w.leitplanken")
    with WorkspaceFile.open(path) as wf:
        wf.put(m.Person(name="Neu"))
        wf.save(tmp_path / "." / "w.leitplanken")
        assert wf.path == path.resolve() and not wf.modified
    with WorkspaceFile.open(path) as wf:
        assert any(p.name == "Neu" for p in wf.load().people)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_save_as_onto_a_link_to_the_open_file(tmp_path: Path):
    path = make_file(tmp_path / "w.leitplanken")
    link = tmp_path / "link.leitplanken"
    link.symlink_to(path)
    with WorkspaceFile.open(link) as wf:
        wf.put(m.Person(name="Neu"))
        wf.save(link)
        wf.save()
    assert link.is_symlink() and path.is_file() and not path.is_symlink()
    with WorkspaceFile.open(path) as wf:
        assert any(p.name == "Neu" for p in wf.load().people)


def test_close_removes_the_working_copy_and_a_crash_keeps_it(tmp_path: Path):
    path = make_file(tmp_path / "w.leitplanken")
    wf = WorkspaceFile.open(path)
    note = json.loads(wf.working_path.with_suffix(".json").read_text(encoding="utf-8"))
    assert note["origin"] == str(path.resolve())
    wf.close()
    wf.close()
    assert list(working_dir().iterdir()) == []
