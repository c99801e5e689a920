"""The CLI's file messages name the command line's way out, never the window's buttons."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime

import pytest

from leitplanken.cli import main
from leitplanken.domain import model as m
from leitplanken.i18n.file_errors import CLI_ROLES, file_error_text
from leitplanken.i18n.translator import Translator
from leitplanken.storage import FileError, WorkspaceFile
from leitplanken.storage.errors import CODES

#: Advice only the window can follow.
WINDOW_ONLY = ("Save as", "Enter its passphrase", "open a copy", "Open it read-only",
               "open it read-only")

#: What each code must offer on the command line, per role ("" = any role).
WAY_OUT = {
    "encrypted": "--passphrase-file FILE",
    "wrong_passphrase": "--passphrase-file FILE",
    "locked": "(cp)",
    "read_only": {"merge": "-o OUT", "send-copy": "OUT", "demo": "OUT", "": "(cp)"},
    "permission": {"merge": "-o OUT", "send-copy": "OUT", "demo": "OUT", "": "(cp)"},
    "disk_full": {"merge": "-o OUT", "send-copy": "OUT", "demo": "OUT", "": "(cp)"},
    "io": {"merge": "-o OUT", "send-copy": "OUT", "demo": "OUT", "": "(cp)"},
    "name_too_long_to_save": {"merge": "-o OUT", "": "(mv)"},
}

LOCKED_DETAILS = ({}, {"user": "anna", "machine": "laptop-7", "since": "2026-11-25T08:15:00"},
                  {"unreadable": True})


def _expected(code: str, role: str) -> str | None:
    """The way out a CLI text of `code` for `role` must name."""
    want = WAY_OUT.get(code)
    if isinstance(want, dict):
        return want.get(role, want[""])
    return want


@pytest.mark.parametrize("lang", ["en", "de", "de_CH"])
@pytest.mark.parametrize("role", CLI_ROLES)
@pytest.mark.parametrize("code", CODES)
def test_cli_text_has_no_window_advice(code: str, role: str, lang: str):
    tr = Translator(lang)
    for details in (LOCKED_DETAILS if code == "locked" else ({},)):
        err = FileError(code, "/x/Büro Plan.leitplanken", version=4, supported=1, **details)
        text = file_error_text(err, tr, cli=role)
        assert "Büro Plan.leitplanken" in text and "%" not in text, (code, role)
        if lang == "en":
            for phrase in WINDOW_ONLY:
                assert phrase not in text, (code, role, phrase)
            want = _expected(code, role)
            if want is not None:
                assert want in text, (code, role, text)


@pytest.mark.parametrize("code", sorted(WAY_OUT))
def test_cli_text_keeps_the_window_text_about_the_file(code: str):
    tr = Translator("en")
    err = FileError(code, "/x/plan.leitplanken")
    window, cli = file_error_text(err, tr), file_error_text(err, tr, cli="merge")
    assert window != cli
    first = window.split(". ")[0].split(":")[0]
    if code not in ("changed_on_disk", "name_too_long_to_save"):
        assert cli.startswith(first), (window, cli)


def test_unknown_role_is_a_bug():
    with pytest.raises(ValueError):
        file_error_text(FileError("io", "/x/a"), Translator("en"), cli="window")


def test_the_window_text_is_unchanged_without_cli():
    tr = Translator("en")
    assert "Save as" in file_error_text(FileError("read_only", "/x/a"), tr)
    assert "Enter its passphrase" in file_error_text(FileError("encrypted", "/x/a"), tr)


# -- as typed --------------------------------------------------------------------------


@pytest.fixture
def copies(tmp_path):
    mine = tmp_path / "mine.leitplanken"
    ws = m.Workspace(company=m.Company(name="Schreinerei Holzer"))
    ws.use_cases = [m.UseCase(title="Anfragen beantworten")]
    WorkspaceFile.create(mine, ws).close()
    theirs = tmp_path / "theirs.leitplanken"
    shutil.copyfile(mine, theirs)
    return mine, theirs


@pytest.fixture
def encrypted(copies, tmp_path):
    mine, _ = copies
    secret = tmp_path / "pass.txt"
    secret.write_text("korrekt Pferd Batterie\n", encoding="utf-8")
    enc = tmp_path / "back-enc.leitplanken"
    assert main(["send-copy", str(mine), str(enc), "--passphrase-file", str(secret)]) == 0
    return enc, secret


def _clean(err: str) -> None:
    for phrase in WINDOW_ONLY:
        assert phrase not in err, err


def test_merge_of_an_encrypted_copy_without_passphrase_names_the_option(copies, encrypted,
                                                                        capsys):
    mine, _ = copies
    enc, _ = encrypted
    capsys.readouterr()
    assert main(["merge", str(mine), str(enc)]) == 2
    err = capsys.readouterr().err
    assert "back-enc.leitplanken" in err and "--passphrase-file FILE" in err
    _clean(err)


def test_check_of_an_encrypted_copy_names_the_option_and_it_works(encrypted, capsys):
    enc, secret = encrypted
    capsys.readouterr()
    assert main(["check", str(enc)]) == 2
    err = capsys.readouterr().err
    assert "--passphrase-file FILE" in err
    _clean(err)
    assert main(["check", str(enc), "--passphrase-file", str(secret)]) == 0
    out = capsys.readouterr().out
    assert f"File: {enc}" in out and "Integrity: ok" in out


def test_check_with_a_wrong_passphrase_names_the_copy_given(encrypted, tmp_path, capsys):
    enc, _ = encrypted
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("falsch\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["check", str(enc), "--passphrase-file", str(wrong)]) == 2
    err = capsys.readouterr().err
    assert "back-enc.leitplanken" in err and "--passphrase-file FILE" in err


def test_export_of_an_encrypted_copy_says_how(encrypted, capsys):
    enc, _ = encrypted
    capsys.readouterr()
    assert main(["export-pdf", str(enc)]) == 2
    err = capsys.readouterr().err
    assert "--passphrase-file FILE" in err
    _clean(err)


def test_merge_onto_a_read_only_file_names_dash_o(copies, capsys, monkeypatch):
    mine, theirs = copies

    def refuse(*_args, **_kwargs):
        raise FileError("read_only", mine)

    monkeypatch.setattr(WorkspaceFile, "save", refuse)
    assert main(["merge", str(mine), str(theirs)]) == 2
    err = capsys.readouterr().err
    assert "can only be read" in err and "-o OUT" in err
    _clean(err)


def test_merge_onto_a_file_open_elsewhere_names_the_cli_way_out(copies, capsys):
    mine, theirs = copies
    marker = mine.with_name(f".~lock.{mine.name}#")
    since = datetime.now(UTC).isoformat(timespec="seconds")
    marker.write_text(json.dumps({"app": "leitplanken", "user": "anna", "machine": "elsewhere-host",
                                  "pid": 4242, "since": since}), encoding="utf-8")
    assert main(["merge", str(mine), str(theirs)]) == 2
    err = capsys.readouterr().err
    assert "(cp)" in err and "Nothing was written." in err
    _clean(err)


def test_merge_into_a_name_too_long_for_its_side_files(copies, capsys):
    mine, theirs = copies
    long_name = mine.with_name("a" * (250 - len(".leitplanken")) + ".leitplanken")
    assert len(long_name.name.encode()) == 250
    shutil.copyfile(mine, long_name)
    before = long_name.read_bytes()
    assert main(["merge", str(long_name), str(theirs)]) == 2
    err = capsys.readouterr().err
    assert "name is too long" in err and "-o OUT" in err
    assert "could not be reached" not in err and "USB" not in err
    _clean(err)
    assert long_name.read_bytes() == before
    out = mine.with_name("merged.leitplanken")
    assert main(["merge", str(long_name), str(theirs), "-o", str(out)]) == 0
