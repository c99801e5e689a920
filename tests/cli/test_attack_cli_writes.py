"""Attack family: every CLI command that writes × every state its target can be in.

Targets: a free name, an existing file, a file open in the app (a live "in use" marker of
another process), a file with a stale marker (a colleague's laptop went away), and a target
that is one of the inputs. A file someone has open is never written; an existing one only
with --force and then its previous version is kept as NAME.bak.
"""

from __future__ import annotations

import getpass
import json
import os
import shutil
import socket
from datetime import UTC, datetime, timedelta

import pytest

from leitplanken.cli import main
from leitplanken.domain import model as m
from leitplanken.storage import WorkspaceFile, lock


def _workspace(path, name):
    ws = m.Workspace(company=m.Company(name=name))
    ws.use_cases = [m.UseCase(title=f"Use case of {name}")]
    WorkspaceFile.create(path, ws).close()
    return path


def _marker(path, *, live):
    """A marker as the app on this machine (live) or a vanished laptop (stale) writes it."""
    if live:
        info = {"app": "leitplanken", "user": getpass.getuser(), "machine": socket.gethostname(),
                "pid": os.getppid(), "since": datetime.now(UTC).isoformat(timespec="seconds")}
    else:
        info = {"app": "leitplanken", "user": "urs", "machine": "laptop-urs", "pid": 4242,
                "since": (datetime.now(UTC) - timedelta(days=2)).isoformat()}
    lock.lock_path(path).write_text(json.dumps(info), encoding="utf-8")


@pytest.fixture
def files(tmp_path):
    """An input workspace and a colleague's changed copy of it."""
    src = _workspace(tmp_path / "mine.leitplanken", "Mine")
    other = tmp_path / "theirs.leitplanken"
    shutil.copyfile(src, other)
    with WorkspaceFile.open(other) as wf:
        wf.put(m.Person(name="Added by the colleague"))
        wf.save()
    return src, other


COMMANDS = {
    "demo": lambda src, other, target: ["demo", str(target), "--lang", "en"],
    "merge in place": lambda src, other, target: ["merge", str(target), str(other)],
    "merge -o": lambda src, other, target: ["merge", str(src), str(other), "-o", str(target)],
    "send-copy": lambda src, other, target: ["send-copy", str(src), str(target)],
}
STATES = ["free", "existing", "open in the app", "stale marker"]


def _target(tmp_path, command, state, src):
    if command == "merge in place":
        target = src  # the file merged into is the target
    else:
        target = tmp_path / "target.leitplanken"
        if state != "free":
            _workspace(target, "Somebody else's work")
    if state == "open in the app":
        _marker(target, live=True)
    elif state == "stale marker":
        _marker(target, live=False)
    return target


@pytest.mark.parametrize("force", [False, True])
@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_writing_command_respects_the_target(tmp_path, capsys, files, command, state, force):
    src, other = files
    target = _target(tmp_path, command, state, src)
    before = target.read_bytes() if target.exists() else None
    bak = target.with_name(target.name + ".bak")
    args = COMMANDS[command](src, other, target) + (["--force"] if force else [])
    code = main(args)
    err = capsys.readouterr().err
    refused = state == "open in the app" or (
        not force and (state == "stale marker" or (state == "existing"
                                                   and command != "merge in place")))
    if refused:
        assert code == 2, err
        assert target.read_bytes() == before and not bak.exists()
        if state == "open in the app" and not (command == "demo" and not force):
            assert "is open by" in err  # demo without --force stops at "already exists"
        else:
            assert "--force" in err or "is open by" in err
        if state == "open in the app":
            assert lock.read_lock(target) is not None  # the app's marker stays
        return
    assert code == 0, err
    with WorkspaceFile.open(target, read_only=True) as wf:
        assert wf.load().company.name  # a complete workspace
    if before is not None:
        assert target.read_bytes() != before and bak.read_bytes() == before
    assert lock.read_lock(target) is None


def _unchanged(*paths):
    return {p: p.read_bytes() for p in paths}


@pytest.mark.parametrize(("args", "expect"), [
    (lambda s, o: ["merge", str(s), str(o), "-o", str(o)], 2),
    (lambda s, o: ["merge", str(s), str(s)], 2),
    (lambda s, o: ["send-copy", str(s), str(s)], 2),
    (lambda s, o: ["send-copy", str(s), str(s.parent / "." / s.name), "--force"], 2),
    (lambda s, o: ["export-pdf", str(s), "-o", str(s)], 2),
], ids=["merge -o THEIRS", "merge MINE MINE", "send-copy FILE FILE", "send-copy ./FILE",
        "export-pdf -o FILE"])
def test_a_target_that_is_an_input_is_refused(files, capsys, args, expect):
    src, other = files
    before = _unchanged(src, other)
    assert main(args(src, other)) == expect
    assert capsys.readouterr().err
    assert _unchanged(src, other) == before


def test_merge_dash_o_mine_merges_in_place_with_a_backup(files, capsys):
    src, other = files
    before = src.read_bytes()
    assert main(["merge", str(src), str(other), "-o", str(src)]) == 0
    with WorkspaceFile.open(src, read_only=True) as wf:
        assert [p.name for p in wf.load().people] == ["Added by the colleague"]
    assert src.with_name(src.name + ".bak").read_bytes() == before


@pytest.mark.parametrize("state", ["workspace", "workspace open in the app", "old pdf"])
def test_export_pdf_never_writes_over_a_workspace(tmp_path, files, capsys, state):
    src, _other = files
    target = tmp_path / "report.pdf"
    if state == "old pdf":
        target.write_bytes(b"%PDF-1.4 old export")
    else:
        _workspace(target, "A workspace named like a PDF")
        if state == "workspace open in the app":
            _marker(target, live=True)
    before = target.read_bytes()
    code = main(["export-pdf", str(src), "-o", str(target)])
    err = capsys.readouterr().err
    if state == "old pdf":
        assert code == 0 and target.read_bytes().startswith(b"%PDF")  # re-exporting is fine
        assert target.read_bytes() != before
    else:
        assert code == 2 and target.read_bytes() == before
        assert "workspace" in err or "is open by" in err
