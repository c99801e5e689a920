"""Importing use cases from CSV: the real public inventory and an owner's own spreadsheet."""

from __future__ import annotations

from pathlib import Path

import pytest

from leitplanken.domain.model import RiskClass, Status
from leitplanken.storage.csv_import import CsvImportError, read_use_cases


def test_public_inventory_reads_every_row(inventory_csv: Path) -> None:
    """All 1,757 real use cases arrive, with their multi-line texts intact."""
    result = read_use_cases(inventory_csv)
    assert len(result.use_cases) == 1757
    assert result.skipped == []
    first = result.use_cases[0]
    assert first.title == "Non-Intrusive Inspection (NII) 3D Imaging Tool"
    assert first.problem.startswith("Utilizes AI/ML to generate high resolution")
    assert first.status is Status.PILOT
    assert "DHS" in first.tags
    statuses = {uc.status for uc in result.use_cases}
    assert {Status.IDEA, Status.EVALUATION, Status.PILOT, Status.OPERATION, Status.STOPPED} <= statuses
    assert any(uc.risk_class is RiskClass.HIGH for uc in result.use_cases)
    assert any("\n" in uc.problem for uc in result.use_cases)


def test_german_spreadsheet_with_semicolons_and_windows_encoding(tmp_path: Path) -> None:
    """Excel in a German-speaking office saves ';'-separated cp1252: umlauts must survive."""
    path = tmp_path / "liste.csv"
    text = "Titel;Konkretes Problem;Status;Tags\nReklamationen kategorisieren;Antwort in zwei Stunden für Kundschaft;Pilot;CX; Service\n;leer;Idee;\n"
    path.write_bytes(text.encode("cp1252"))
    result = read_use_cases(path)
    assert [uc.title for uc in result.use_cases] == ["Reklamationen kategorisieren"]
    uc = result.use_cases[0]
    assert uc.problem == "Antwort in zwei Stunden für Kundschaft"
    assert uc.status is Status.PILOT
    assert result.skipped == [(3, "no_title")]
    assert result.encoding == "cp1252"


def test_table_without_title_column_is_refused(tmp_path: Path) -> None:
    """A CSV of something else gets a clear refusal instead of 500 empty use cases."""
    path = tmp_path / "kontakte.csv"
    path.write_text("Vorname,Nachname\nAnna,Keller\n", encoding="utf-8")
    with pytest.raises(CsvImportError) as info:
        read_use_cases(path)
    assert info.value.code == "no_title_column"


def test_binary_file_is_refused(tmp_path: Path) -> None:
    """A spreadsheet saved as .xlsx but named .csv is not read as garbage."""
    path = tmp_path / "liste.csv"
    path.write_bytes(b"PK\x03\x04\x00\x00\x00binary")
    with pytest.raises(CsvImportError) as info:
        read_use_cases(path)
    assert info.value.code == "not_csv"


def test_markup_and_control_characters_are_kept_as_text(tmp_path: Path) -> None:
    """Cells are data: markup stays literal, NUL bytes and other control characters go."""
    path = tmp_path / "x.csv"
    path.write_text('title,problem\n"<b>Bold</b> & co","a\x07b ‮RTL"\n', encoding="utf-8")
    uc = read_use_cases(path).use_cases[0]
    assert uc.title == "<b>Bold</b> & co"
    assert uc.problem == "ab ‮RTL"


def test_limit_reads_only_the_first_rows(inventory_csv: Path) -> None:
    """A sample of a large file is read without parsing the rest."""
    result = read_use_cases(inventory_csv, limit=10)
    assert [uc.title for uc in result.use_cases] == [
        uc.title for uc in read_use_cases(inventory_csv).use_cases[:10]
    ]
