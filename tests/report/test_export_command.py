"""`leitplanken export-pdf`: options, warnings and clear errors on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from report_support import pdf_text, squash

from leitplanken.cli import main
from leitplanken.domain.model import Workspace


@pytest.fixture
def stored(workspace: Workspace, tmp_path: Path) -> Path:
    """The rich workspace saved as a workspace file."""
    from leitplanken.storage import WorkspaceFile

    path = tmp_path / "muster.leitplanken"
    WorkspaceFile.create(path, workspace).close()
    return path


def test_export_with_options(stored: Path, tmp_path: Path, capsys) -> None:
    """Language, paper, meeting and one chosen use case reach the PDF."""
    out = tmp_path / "vr.pdf"
    code = main(["export-pdf", str(stored), "-o", str(out), "--lang", "de-CH", "--paper",
                 "letter", "--use-case", "Offerten-Entwürfe aus dem ERP", "--meeting",
                 "VR-Sitzung 4/2026", "--today", "2026-11-20"])
    assert code == 0
    said = capsys.readouterr().out
    assert str(out) in said
    text = squash(pdf_text(out.read_bytes()))
    assert squash("Entscheidungsprotokoll") in text and squash("VR-Sitzung 4/2026") in text
    assert squash("Offerten-Entwürfe aus dem ERP") in text
    assert squash("Reklamationen automatisch kategorisieren") not in text
    assert "ß" not in pdf_text(out.read_bytes())
    assert b"/MediaBox [ 0 0 612 792 ]" in out.read_bytes()


def test_default_output_next_to_the_file(stored: Path) -> None:
    """Without -o the PDF lands beside the workspace file."""
    assert main(["export-pdf", str(stored), "--lang", "en"]) == 0
    assert stored.with_suffix(".pdf").exists()


def test_missing_glyphs_are_warned_about(workspace: Workspace, tmp_path: Path, capsys) -> None:
    """Characters the font lacks are named on stderr; the PDF is still written."""
    from leitplanken.storage import WorkspaceFile

    workspace.use_cases[0].title = "Kanji 漢"
    path = tmp_path / "glyphs.leitplanken"
    WorkspaceFile.create(path, workspace).close()
    assert main(["export-pdf", str(path), "--lang", "en"]) == 0
    err = capsys.readouterr().err
    assert "漢" in err and "U+6F22" in err


def test_unknown_use_case_and_bad_files(stored: Path, tmp_path: Path, capsys) -> None:
    """A use case that does not exist, a missing file and a non-workspace: clear, no traceback."""
    assert main(["export-pdf", str(stored), "--use-case", "nothing-like-this"]) == 2
    assert "nothing-like-this" in capsys.readouterr().err
    assert main(["export-pdf", str(tmp_path / "missing.leitplanken")]) == 2
    err = capsys.readouterr().err
    assert err.strip() and "Traceback" not in err
    junk = tmp_path / "junk.leitplanken"
    junk.write_text("not a database", encoding="utf-8")
    assert main(["export-pdf", str(junk)]) == 2
    err = capsys.readouterr().err
    assert err.strip() and "Traceback" not in err
    assert not junk.with_suffix(".pdf").exists()


def test_unwritable_target(stored: Path, tmp_path: Path, capsys) -> None:
    """A folder that does not exist is reported, not a traceback."""
    assert main(["export-pdf", str(stored), "-o", str(tmp_path / "no" / "such" / "x.pdf")]) == 2
    assert "x.pdf" in capsys.readouterr().err


def test_list_of_pilots_in_the_pilot_trap(stored: Path, tmp_path: Path, capsys) -> None:
    """--list --status pilot --pilot-trap: a landscape table of exactly the trapped pilot."""
    out = tmp_path / "pilots.pdf"
    code = main(["export-pdf", str(stored), "--list", "--status", "pilot", "--pilot-trap",
                 "-o", str(out), "--lang", "en", "--today", "2026-11-20"])
    assert code == 0
    assert "Register list written to" in capsys.readouterr().out
    data = out.read_bytes()
    assert b"/MediaBox [ 0 0 841.8898 595.2756 ]" in data
    text = squash(pdf_text(data))
    assert squash("Register of use cases") in text
    assert squash("Reklamationen automatisch kategorisieren") in text
    assert squash("Offerten-Entwürfe aus dem ERP") not in text
    assert squash("Filtered by Status: Pilot; only pilots in the pilot trap") in text


def test_list_default_name_and_status_names(stored: Path, capsys) -> None:
    """Without -o the list goes beside the file as FILE-list.pdf; a status may be named in German."""
    assert main(["export-pdf", str(stored), "--list", "--status", "Regelbetrieb",
                 "--lang", "de-CH"]) == 0
    out = stored.with_name(stored.stem + "-list.pdf")
    text = squash(pdf_text(out.read_bytes()))
    assert squash("Offerten-Entwürfe aus dem ERP") in text
    assert squash("Reklamationen automatisch kategorisieren") not in text
    assert not stored.with_suffix(".pdf").exists()


def test_owner_and_tag_filters(stored: Path, tmp_path: Path) -> None:
    """--owner matches a name without case and accents; --tag without case; both narrow the record."""
    out = tmp_path / "urs.pdf"
    assert main(["export-pdf", str(stored), "--list", "--owner", "URS MEIER", "-o", str(out)]) == 0
    text = squash(pdf_text(out.read_bytes()))
    assert squash("Reklamationen automatisch kategorisieren") in text
    assert squash("Offerten-Entwürfe aus dem ERP") not in text
    out = tmp_path / "tag.pdf"
    assert main(["export-pdf", str(stored), "--tag", "kundendienst", "-o", str(out),
                 "--lang", "en"]) == 0
    text = squash(pdf_text(out.read_bytes()))
    assert squash("Reklamationen automatisch kategorisieren") in text
    assert squash("Offerten-Entwürfe aus dem ERP") not in text


@pytest.mark.parametrize("args, words", [
    (["--owner", "Nobody Here"], "Nobody called \"Nobody Here\""),
    (["--status", "bogus"], "No status is called \"bogus\""),
    (["--status", "paused"], "No use case passes the filters"),
    (["--tag", "no-such-tag", "--list"], "No use case passes the filters"),
])
def test_filters_that_match_nothing_exit_2(stored: Path, capsys, args, words) -> None:
    """An unknown owner or status, or filters leaving nothing: a clear message, exit 2, no file."""
    assert main(["export-pdf", str(stored), *args]) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert not stored.with_suffix(".pdf").exists()
    assert not stored.with_name(stored.stem + "-list.pdf").exists()


def test_help_names_the_list_and_the_filters(capsys) -> None:
    """export-pdf --help explains --list, --status, --tag, --owner and --pilot-trap."""
    assert main(["export-pdf", "--help"]) == 0
    said = capsys.readouterr().out
    for option in ("--list", "--status", "--tag", "--owner", "--pilot-trap"):
        assert option in said
    assert "register list" in said


def test_help_and_messages_in_swiss_german(stored: Path, capsys) -> None:
    """The new options and the filter message speak the reader's language (no "ß" in de-CH)."""
    import argparse

    from leitplanken.i18n.translator import require_translator
    from leitplanken.pdf_command import add_arguments, run

    tr = require_translator("de_CH")
    parser = argparse.ArgumentParser(prog="leitplanken export-pdf")
    add_arguments(parser, tr)
    said = parser.format_help()
    assert "Register-Liste" in said and "Pilot-Falle" in said and "ß" not in said
    args = parser.parse_args([str(stored), "--status", "paused"])
    assert run(args, tr) == 2
    err = capsys.readouterr().err
    assert "Kein Anwendungsfall erfüllt die Filter" in err and "ß" not in err
