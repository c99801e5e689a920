"""`leitplanken merge` and `leitplanken send-copy` as a user types them."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from leitplanken.cli import main
from leitplanken.domain import model as m
from leitplanken.storage import WorkspaceFile


@pytest.fixture
def copies(tmp_path):
    mine = tmp_path / "mine.leitplanken"
    ws = m.Workspace(company=m.Company(name="Schreinerei Holzer"))
    uc = m.UseCase(title="Anfragen beantworten")
    ws.use_cases = [uc]
    WorkspaceFile.create(mine, ws).close()
    theirs = tmp_path / "theirs.leitplanken"
    shutil.copyfile(mine, theirs)
    return mine, theirs, uc.uuid


def _retitle(path, uuid, title, extra=None):
    with WorkspaceFile.open(path) as wf:
        uc = wf.load().use_case(uuid)
        uc.title = title
        wf.put(uc)
        if extra is not None:
            wf.put(extra)
        wf.save()


def _title(path, uuid):
    with WorkspaceFile.open(path, read_only=True) as wf:
        return wf.load().use_case(uuid).title


def test_merge_without_conflicts_exits_0(copies, capsys):
    mine, theirs, uuid = copies
    _retitle(theirs, uuid, "Reklamationen in zwei Stunden")
    assert main(["merge", str(mine), str(theirs)]) == 0
    out = capsys.readouterr().out
    assert "No conflicts." in out and "1 record" in out
    assert _title(mine, uuid) == "Reklamationen in zwei Stunden"


def test_merge_conflicts_keep_mine_and_exit_1(copies, capsys):
    mine, theirs, uuid = copies
    _retitle(mine, uuid, "Mine")
    _retitle(theirs, uuid, "Theirs", m.Person(name="Neu"))
    out_file = mine.with_name("merged.leitplanken")
    before = mine.read_bytes()
    assert main(["merge", str(mine), str(theirs), "-o", str(out_file)]) == 1
    out = capsys.readouterr().out
    assert "1 conflict" in out and "kept mine" in out and "title" in out
    assert mine.read_bytes() == before  # -o leaves MINE as it is
    assert _title(out_file, uuid) == "Mine"
    assert main(["merge", str(mine), str(theirs), "--prefer", "theirs"]) == 1
    assert _title(mine, uuid) == "Theirs"


def test_merge_with_a_bad_file_exits_2(copies, tmp_path, capsys):
    mine, _, _ = copies
    junk = tmp_path / "junk.leitplanken"
    junk.write_text("hello", encoding="utf-8")
    assert main(["merge", str(mine), str(junk)]) == 2
    assert "not a Leitplanken file" in capsys.readouterr().err
    assert main(["merge", str(mine), str(tmp_path / "missing.leitplanken")]) == 2


def test_send_copy_plain_and_encrypted(copies, tmp_path, capsys):
    mine, _, uuid = copies
    assert main(["send-copy", str(mine), str(tmp_path / "plain.leitplanken")]) == 0
    assert _title(tmp_path / "plain.leitplanken", uuid) == "Anfragen beantworten"
    secret = tmp_path / "pass.txt"
    secret.write_text("Vertraulich 2026\n", encoding="utf-8")
    enc = tmp_path / "enc.leitplanken"
    assert main(["send-copy", str(mine), str(enc), "--passphrase-file", str(secret)]) == 0
    assert "Encrypted copy written" in capsys.readouterr().out
    assert main(["check", str(enc)]) == 2
    assert "encrypted copy" in capsys.readouterr().err
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["send-copy", str(mine), str(enc), "--passphrase-file", str(empty)]) == 2


def test_the_console_script_runs_merge(copies):
    mine, theirs, _ = copies
    done = subprocess.run([sys.executable, "-m", "leitplanken", "merge", str(mine), str(theirs)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_merge_an_encrypted_copy_with_its_passphrase(copies, tmp_path, capsys):
    mine, theirs, uuid = copies
    _retitle(theirs, uuid, "Verschlüsselt zurück")
    secret = tmp_path / "pass.txt"
    secret.write_text("Vertraulich 2026\n", encoding="utf-8")
    enc = tmp_path / "theirs-enc.leitplanken"
    assert main(["send-copy", str(theirs), str(enc), "--passphrase-file", str(secret)]) == 0
    assert main(["merge", str(mine), str(enc)]) == 2  # needs the passphrase
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("falsch\n", encoding="utf-8")
    assert main(["merge", str(mine), str(enc), "--passphrase-file", str(wrong)]) == 2
    assert "passphrase" in capsys.readouterr().err
    assert main(["merge", str(mine), str(enc), "--passphrase-file", str(secret)]) == 0
    assert _title(mine, uuid) == "Verschlüsselt zurück"
