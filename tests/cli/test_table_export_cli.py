"""`leitplanken export-table`: each list, both dialects and XLSX, exit codes and plain errors."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest

from leitplanken.cli import main
from leitplanken.domain.demo import demo_workspace
from leitplanken.storage import WorkspaceFile


@pytest.fixture
def stored(tmp_path: Path) -> Path:
    """The German demo workspace as a file."""
    path = tmp_path / "demo.leitplanken"
    WorkspaceFile.create(path, demo_workspace("de")).close()
    return path


def _rows(path: Path, delimiter: str) -> list[list[str]]:
    """A written CSV as a spreadsheet reads it."""
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


@pytest.mark.parametrize("what", ["register", "raci", "checklist", "decisions"])
def test_every_list_in_both_dialects_and_as_xlsx(stored: Path, tmp_path: Path, what: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    ws = WorkspaceFile.open(stored, read_only=True)
    data = ws.load()
    ws.close()
    expected = {"register": len(data.use_cases),
                "raci": sum(len(uc.cells) for uc in data.use_cases),
                "checklist": sum(len(uc.checklist) for uc in data.use_cases),
                "decisions": sum(len(uc.decisions) for uc in data.use_cases)}[what]
    german = tmp_path / f"{what}-de.csv"
    assert main(["export-table", str(stored), str(german), "--what", what]) == 0
    assert str(german) in capsys.readouterr().out
    rows = _rows(german, ";")  # the company is German: German Excel by default
    assert rows[0][0] == "Titel" and len(rows) - 1 == expected
    english = tmp_path / f"{what}-en.csv"
    assert main(["export-table", str(stored), str(english), "--what", what, "--lang", "en"]) == 0
    rows = _rows(english, ",")
    assert rows[0][0] == "Title" and len(rows) - 1 == expected
    forced = tmp_path / f"{what}-en-excel.csv"
    assert main(["export-table", str(stored), str(forced), "--what", what, "--lang", "en",
                 "--excel-de"]) == 0
    assert _rows(forced, ";")[0][0] == "Title"
    comma = tmp_path / f"{what}-de-comma.csv"
    assert main(["export-table", str(stored), str(comma), "--what", what, "--comma"]) == 0
    assert _rows(comma, ",")[0][0] == "Titel"
    book = tmp_path / f"{what}.xlsx"
    assert main(["export-table", str(stored), str(book), "--what", what, "--lang", "de-CH"]) == 0
    sheet = openpyxl.load_workbook(book).active
    assert sheet is not None and sheet.max_row - 1 == expected
    assert "ß" not in "".join(str(c.value or "") for c in sheet[1])


def test_an_existing_list_is_replaced(stored: Path, tmp_path: Path) -> None:
    out = tmp_path / "list.csv"
    out.write_text("old")
    assert main(["export-table", str(stored), str(out)]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfTitel;")


def test_a_workspace_is_never_overwritten(stored: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.csv"
    WorkspaceFile.create(other, demo_workspace("en")).close()
    before = other.read_bytes()
    assert main(["export-table", str(stored), str(other)]) == 2
    assert "must not overwrite" in capsys.readouterr().err
    assert other.read_bytes() == before
    assert main(["export-table", str(stored), str(stored)]) == 2


@pytest.mark.parametrize("name", ["list.ods", "list", "list.pdf"])
def test_an_unknown_format_is_refused_before_any_work(stored: Path, tmp_path: Path, name: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export-table", str(stored), str(tmp_path / name)]) == 2
    assert ".csv or .xlsx" in capsys.readouterr().err
    assert not (tmp_path / name).exists()


def test_missing_and_damaged_files_say_so(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export-table", str(tmp_path / "nope.leitplanken"),
                 str(tmp_path / "o.csv")]) == 2
    err = capsys.readouterr().err
    assert "nope.leitplanken" in err and "Traceback" not in err
    junk = tmp_path / "junk.leitplanken"
    junk.write_bytes(b"not a database at all" * 100)
    assert main(["export-table", str(junk), str(tmp_path / "o.csv")]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert not (tmp_path / "o.csv").exists()


def test_an_unwritable_target_folder_is_said(stored: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export-table", str(stored), str(tmp_path / "no" / "such" / "o.xlsx")]) == 2
    assert "Could not write" in capsys.readouterr().err


def test_an_encrypted_copy_with_its_passphrase(stored: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    from leitplanken.storage import write_copy

    secret = tmp_path / "copy.leitplanken"
    wf = WorkspaceFile.open(stored, read_only=True)
    write_copy(wf, secret, "Vertraulich 2026")
    wf.close()
    phrase = tmp_path / "pass.txt"
    phrase.write_text("Vertraulich 2026\n")
    out = tmp_path / "from-copy.csv"
    assert main(["export-table", str(secret), str(out)]) == 2
    assert "--passphrase-file" in capsys.readouterr().err
    assert main(["export-table", str(secret), str(out), "--passphrase-file", str(phrase)]) == 0
    assert len(_rows(out, ";")) > 1
    phrase.write_text("falsch\n")
    assert main(["export-table", str(secret), str(out), "--passphrase-file", str(phrase)]) == 2
    err = capsys.readouterr().err
    assert "passphrase" in err and str(tmp_path) not in err.replace(str(secret), "")


def test_help_names_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "export-table" in capsys.readouterr().out
    assert main(["export-table", "--help"]) == 0
    said = capsys.readouterr().out
    assert "--excel-de" in said and "--what" in said


def test_save_mapping_goes_with_the_register_only(stored: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out, mapping = tmp_path / "raci.csv", tmp_path / "raci.json"
    assert main(["export-table", str(stored), str(out), "--what", "raci",
                 "--save-mapping", str(mapping)]) == 2
    assert "register" in capsys.readouterr().err
    assert not out.exists() and not mapping.exists()


def test_the_mapping_never_replaces_the_list_or_the_workspace(stored: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "register.csv"
    before = stored.read_bytes()
    assert main(["export-table", str(stored), str(out), "--save-mapping", str(stored)]) == 2
    assert stored.read_bytes() == before
    assert main(["export-table", str(stored), str(out), "--save-mapping", str(out)]) == 2
    assert "must not overwrite" in capsys.readouterr().err
    assert not out.exists()  # refused before anything was written


def test_too_many_rows_for_excel_point_to_csv(stored: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    import leitplanken.report.table_export as te

    monkeypatch.setattr(te, "XLSX_MAX_ROWS", 3)
    out = tmp_path / "checks.xlsx"
    assert main(["export-table", str(stored), str(out), "--what", "checklist"]) == 2
    assert ".csv" in capsys.readouterr().err and not out.exists()
    assert main(["export-table", str(stored), str(tmp_path / "checks.csv"),
                 "--what", "checklist"]) == 0
