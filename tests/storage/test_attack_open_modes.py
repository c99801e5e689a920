"""Permissions: Save keeps the file's mode, and the app's own copies are private to the user.

A 0600 file must not become 0644 by saving it (nor its .bak). Working copies hold the whole
workspace, also the decrypted content of an encrypted copy: they, their notes and journals
are 0600 in a 0700 folder, whatever the umask.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from file_factories import make_file

from leitplanken.storage import WorkspaceFile
from leitplanken.storage.locations import data_dir, working_dir
from leitplanken.storage.saving import backup_file
from leitplanken.storage.send_copy import open_encrypted, send_copy
from leitplanken.storage.working import note_path

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")

MODES = [0o600, 0o640, 0o644, 0o660]


def mode_of(path: Path) -> int:
    """The permission bits of a file or folder."""
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(params=[0o022, 0o002, 0o000], ids=["umask022", "umask002", "umask000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """Runs the test under a given umask (the permissive ones are where leaks show)."""
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def _edit(wf: WorkspaceFile, name: str) -> None:
    """One change, so there is something to save."""
    ws = wf.load()
    ws.company.name = name
    wf.put(ws.company)


@pytest.mark.parametrize("mode", MODES, ids=oct)
def test_save_keeps_the_mode_of_the_file_and_its_bak(tmp_path: Path, mode: int, umask: int):
    """Saved twice (so the .bak is a copy of a saved file too): both keep the original mode."""
    path = make_file(tmp_path / "w.leitplanken")
    os.chmod(path, mode)
    for round_no in range(2):
        with WorkspaceFile.open(path) as wf:
            _edit(wf, f"round {round_no}")
            wf.save()
        assert mode_of(path) == mode
        assert mode_of(backup_file(path)) == mode


@pytest.mark.parametrize("mode", MODES, ids=oct)
def test_save_as_takes_the_mode_of_the_file_it_came_from(tmp_path: Path, mode: int,
                                                         umask: int):
    """Save as to a new name: as private as the original; over a file: that file's mode."""
    path = make_file(tmp_path / "w.leitplanken")
    os.chmod(path, mode)
    other = make_file(tmp_path / "other.leitplanken")
    os.chmod(other, 0o640 if mode != 0o640 else 0o600)
    other_mode = mode_of(other)
    with WorkspaceFile.open(path) as wf:
        _edit(wf, "saved as")
        wf.save(tmp_path / "new.leitplanken")
        assert mode_of(tmp_path / "new.leitplanken") == mode
        wf.save(other)
    assert mode_of(other) == other_mode
    assert mode_of(backup_file(other)) == other_mode


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path, umask: int):
    """Without an original to follow, a new file is created like any document (0666 - umask)."""
    path = make_file(tmp_path / "new.leitplanken")
    assert mode_of(path) == 0o666 & ~umask


def _private(folder: Path) -> None:
    """Every entry in the folder is the user's alone."""
    for entry in folder.iterdir():
        expected = 0o700 if entry.is_dir() else 0o600
        assert mode_of(entry) == expected, f"{entry.name}: {oct(mode_of(entry))}"


def test_working_copies_notes_and_journals_are_private(tmp_path: Path, umask: int):
    """Opened, edited inside a transaction (the journal exists), saved: all 0600 in 0700."""
    path = make_file(tmp_path / "w.leitplanken")
    os.chmod(path, 0o644)
    with WorkspaceFile.open(path) as wf:
        assert mode_of(working_dir()) == 0o700
        assert mode_of(data_dir()) == 0o700
        assert mode_of(wf.working_path) == 0o600
        assert mode_of(note_path(wf.working_path)) == 0o600
        conn = wf._live()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE company SET name = 'inside a transaction'")
        journal = Path(f"{wf.working_path}-journal")
        assert journal.exists() and mode_of(journal) == 0o600
        conn.execute("ROLLBACK")
        _private(working_dir())
        wf.save()
        _private(working_dir())


def test_a_new_workspace_and_a_decrypted_copy_are_private(tmp_path: Path, umask: int):
    """The working copy of a created workspace and of a decrypted encrypted copy: 0600."""
    path = make_file(tmp_path / "w.leitplanken")
    with WorkspaceFile.open(path) as wf:
        sent = send_copy(wf, tmp_path / "offer.leitplanken.enc", "a long passphrase 42")
    decrypted = open_encrypted(sent, "a long passphrase 42")
    try:
        assert mode_of(decrypted.working_path) == 0o600
        _private(working_dir())
    finally:
        decrypted.close()


def test_an_existing_open_working_folder_is_closed_to_others(tmp_path: Path, umask: int):
    """A data folder left 0755 by an earlier version is made 0700 before copies go in."""
    folder = data_dir() / "working"
    folder.mkdir(parents=True, mode=0o755)
    os.chmod(data_dir(), 0o755)
    os.chmod(folder, 0o755)
    path = make_file(tmp_path / "w.leitplanken")
    with WorkspaceFile.open(path) as wf:
        assert wf.working_path.parent == folder
        assert mode_of(folder) == 0o700
        assert mode_of(data_dir()) == 0o700
