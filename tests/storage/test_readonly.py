"""RELIABILITY kind 4: a read-only file, folder or medium opens read-only; Save as still works.

The tests run as root in CI containers, where permission bits stop nothing. So read-only is
produced the ways that stop root too: the folder's immutable attribute (`chattr +i`, EPERM on
any new file) and a real read-only bind mount in a private mount namespace (`unshare -m`,
EROFS), plus `read_only=True`. Each skips where the machine does not allow it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from reliability_support import ROOT, make_saved

from leitplanken.domain import model as m
from leitplanken.storage import FileError, WorkspaceFile, lock


def test_read_only_by_request(tmp_path):
    path = make_saved(tmp_path / "a.leitplanken")
    before = path.read_bytes()
    with WorkspaceFile.open(path, read_only=True) as wf:
        assert wf.read_only and not lock.lock_path(path).exists()
        with pytest.raises(FileError) as put:
            wf.put(m.Person(name="x"))
        assert put.value.code == "read_only"
        with pytest.raises(FileError) as save:
            wf.save()
        assert save.value.code == "read_only"
        wf.save(tmp_path / "elsewhere.leitplanken")  # Save as…
        assert not wf.read_only and wf.path.name == "elsewhere.leitplanken"
        wf.put(m.Person(name="now editable"))
        wf.save()
    assert path.read_bytes() == before


def _chattr(flag: str, target: Path) -> bool:
    if shutil.which("chattr") is None:
        return False
    return subprocess.run(["chattr", flag, str(target)], capture_output=True).returncode == 0


def test_immutable_folder_opens_read_only(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    path = make_saved(folder / "a.leitplanken")
    if not _chattr("+i", folder):
        pytest.skip("chattr +i is not available here")
    try:
        with WorkspaceFile.open(path) as wf:
            assert wf.read_only
            assert not lock.lock_path(path).exists()
            with pytest.raises(FileError) as err:
                wf.save()
            assert err.value.code == "read_only"
            wf.save(tmp_path / "copy.leitplanken")
            assert not wf.read_only
    finally:
        _chattr("-i", folder)


def test_permission_bits_for_ordinary_users(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root ignores permission bits")
    path = make_saved(tmp_path / "a.leitplanken")
    path.chmod(0o444)
    try:
        with WorkspaceFile.open(path) as wf:
            assert wf.read_only
    finally:
        path.chmod(0o644)


def test_read_only_medium(tmp_path):
    """A stick mounted read-only (EROFS), in a private mount namespace of a child process."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not available")
    folder = tmp_path / "stick"
    folder.mkdir()
    make_saved(folder / "a.leitplanken")
    script = (
        "import sys; from leitplanken.storage import WorkspaceFile\n"
        "wf = WorkspaceFile.open(sys.argv[1])\n"
        "print('read_only' if wf.read_only else 'writable')\n"
        "wf.close()\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"))
    cmd = (f"mount --bind -o ro {folder} {folder} && "
           f"{sys.executable} -c \"$0\" {folder / 'a.leitplanken'}")
    done = subprocess.run(["unshare", "-m", "sh", "-c", cmd, script], capture_output=True,
                          text=True, env=env, timeout=60)
    if done.returncode != 0 and not done.stdout.strip():
        pytest.skip("no private mount namespace here: " + done.stderr.strip()[:200])
    assert done.stdout.strip() == "read_only", done.stderr
    assert not lock.lock_path(folder / "a.leitplanken").exists()
