"""Importing use cases from spreadsheets: the public inventory, a German Excel sheet in every
form Excel saves it (CSV with sep=, UTF-16 "Unicode text", XLSX), broken lines, unmapped
columns, unknown values. Test files are generated here; none is committed."""

from __future__ import annotations

import csv
import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from leitplanken.domain import import_mapping as im
from leitplanken.domain.model import Person, RiskClass, Status
from leitplanken.paths import resources_dir
from leitplanken.storage.csv_import import (
    CsvImportError,
    build_import,
    load_mapping,
    read_table,
    read_use_cases,
    save_mapping,
    saved_mapping_for,
)

SHIPPED = resources_dir() / "mappings" / "us-federal-ai-use-case-inventory-2024.json"

GERMAN_HEADERS = ["Bezeichnung", "Beschreibung", "Phase", "Verantwortlich", "Einmalige Kosten",
                  "Erfasst am", "Kundenkontakt", "Bemerkung"]
GERMAN_ROWS = [
    ["Chatbot für Anfragen", "Wiederkehrende Anfragen beantworten", "in Betrieb", "Jürg Müller",
     "1'200,50", "15.03.2024", "ja", "läuft seit März"],
    ["Rechnungen vorkontieren", "Belege\nvon Hand", "Pilot", "Anna Keller", "500", "01/2024",
     "nein", ""],
    ["Offertenassistent", "Offerten dauern zu lange", "Deployed", "anna keller", "",
     "2024-02-01", "nein", '=HYPERLINK("http://intern/offerten";"Liste")'],
    ["Protokolle", "Sitzungen ohne Protokoll", "Pre-deployment", "", "", "irgendwann", "", ""],
    ["Mahnwesen", "Mahnungen vergessen", "Zwischenstand", "Beat Frei", "2.000,00", "3.4.2024",
     "ja", ""],
]


def _excel_csv(rows: list[list[str]]) -> str:
    """What German Excel writes: sep=; first, semicolons, quotes where needed, CRLF."""
    lines = ["sep=;"]
    for row in rows:
        cells = []
        for cell in row:
            if any(ch in cell for ch in ';"\n'):
                cell = '"' + cell.replace('"', '""') + '"'
            cells.append(cell)
        lines.append(";".join(cells))
    return "\r\n".join(lines) + "\r\n"


@pytest.fixture
def german_csv(tmp_path: Path) -> Path:
    """The German sheet as Excel's "CSV (Trennzeichen-getrennt)": Windows-1252."""
    path = tmp_path / "KI-Liste.csv"
    path.write_bytes(_excel_csv([GERMAN_HEADERS, *GERMAN_ROWS]).encode("cp1252"))
    return path


def _check_german(result) -> None:
    """The German sheet's rows arrived with every column somewhere."""
    ucs = {uc.title: uc for uc in result.use_cases}
    assert list(ucs) == [r[0] for r in GERMAN_ROWS]
    chat = ucs["Chatbot für Anfragen"]
    assert chat.problem == "Wiederkehrende Anfragen beantworten"
    assert chat.status is Status.OPERATION
    assert chat.cost_once == Decimal("1200.50")
    assert chat.created_on == date(2024, 3, 15)
    assert chat.customer_facing is True
    assert "Bemerkung: läuft seit März" in chat.notes
    invoices = ucs["Rechnungen vorkontieren"]
    assert invoices.problem == "Belege\nvon Hand"
    assert invoices.created_on == date(2024, 1, 1)  # "01/2024"
    assert invoices.status is Status.PILOT
    assert ucs["Offertenassistent"].status is Status.OPERATION  # "Deployed"
    assert 'Bemerkung: =HYPERLINK("http://intern/offerten";"Liste")' in ucs["Offertenassistent"].notes
    assert ucs["Protokolle"].status is Status.EVALUATION  # "Pre-deployment"
    assert "Erfasst am: irgendwann" in ucs["Protokolle"].notes
    dunning = ucs["Mahnwesen"]
    assert dunning.cost_once == Decimal("2000.00") and dunning.created_on == date(2024, 4, 3)
    # a status nobody knows is never silently "idea": it is listed and kept in the notes
    assert ("Phase", "Zwischenstand") in result.build.unknown_values
    assert "Phase: Zwischenstand" in dunning.notes
    owners = {p.name for p in result.new_people}
    assert owners == {"Jürg Müller", "Anna Keller", "Beat Frei"}  # "anna keller" is Anna Keller
    by_uuid = {p.uuid: p.name for p in result.new_people}
    assert by_uuid[ucs["Offertenassistent"].owner_uuid] == "Anna Keller"


def test_german_excel_csv_windows_1252_with_sep_line(german_csv: Path) -> None:
    table = read_table(german_csv)
    assert (table.encoding, table.separator, table.header_row) == ("cp1252", ";", 0)
    assert table.headers == GERMAN_HEADERS
    _check_german(read_use_cases(german_csv))


def test_the_same_sheet_as_excel_unicode_text(tmp_path: Path) -> None:
    """Excel's "Unicode-Text": UTF-16 with BOM, tab-separated."""
    path = tmp_path / "KI-Liste.txt"
    text = "\r\n".join("\t".join('"' + c + '"' if "\n" in c else c for c in row)
                       for row in [GERMAN_HEADERS, *GERMAN_ROWS]) + "\r\n"
    path.write_bytes(text.encode("utf-16"))
    table = read_table(path)
    assert (table.encoding, table.separator) == ("utf-16", "\t")
    _check_german(read_use_cases(path))


def test_the_same_sheet_as_xlsx_with_real_dates_and_numbers(tmp_path: Path) -> None:
    path = tmp_path / "KI-Liste.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["KI-Anwendungsfälle Muster AG"])  # a title line above the header
    sheet.append(GERMAN_HEADERS)
    for row in GERMAN_ROWS:
        cells: list[object] = list(row)
        if row[4]:
            cells[4] = float(row[4].replace("'", "").replace(".", "").replace(",", "."))
        cells[5] = {"15.03.2024": datetime(2024, 3, 15), "3.4.2024": 45385}.get(row[5], row[5])
        sheet.append(cells)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # a text that looks like a formula, as Excel keeps one
    book.save(path)
    table = read_table(path)
    assert table.kind == "xlsx" and table.header_row == 1 and table.headers == GERMAN_HEADERS
    result = read_use_cases(path)
    _check_german(result)
    assert result.use_cases[-1].created_on == date(2024, 4, 3)  # Excel serial 45385


def test_a_broken_quote_costs_its_line_only_and_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_text('Titel;Problem;Status\r\nErste;gut;Idee\r\n"Zweite;kaputt;Pilot\r\n'
                    'Dritte;auch gut;Pilot\r\nVierte;"mehrzeilig\r\nrichtig";Idee\r\n',
                    encoding="utf-8")
    result = read_use_cases(path)
    assert [uc.title for uc in result.use_cases] == ["Erste", "Dritte", "Vierte"]
    assert result.skipped == [(3, "broken_quote")]
    assert result.use_cases[2].problem == "mehrzeilig\nrichtig"


def test_rows_without_title_are_skipped_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes("Titel;Konkretes Problem;Status\nReklamationen;Antwort für Kundschaft;Pilot\n"
                     ";leer;Idee\n".encode("cp1252"))
    result = read_use_cases(path)
    assert [uc.title for uc in result.use_cases] == ["Reklamationen"]
    assert result.skipped == [(3, "no_title")]


def test_public_inventory_with_the_shipped_mapping(inventory_csv: Path) -> None:
    """All 1,757 rows; sampled fields equal what the file says."""
    mapping = load_mapping(SHIPPED)
    assert saved_mapping_for(inventory_csv, read_table(inventory_csv).headers) is not None
    result = read_use_cases(inventory_csv, mapping=mapping)
    assert len(result.use_cases) == 1757 and result.skipped == []
    with inventory_csv.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    stage = mapping.values["16_dev_stage"]
    for i in range(0, 1757, 97):
        uc, row = result.use_cases[i], rows[i]
        assert uc.title == row["2_use_case_name"].strip()
        assert uc.problem == row["11_purpose_benefits"].strip().replace("\r\n", "\n")
        assert uc.status is Status(stage[" ".join(row["16_dev_stage"].split())])
        assert uc.tags[0] == row["3_abr"].strip()
        initiated = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", row["18_date_initiated"].strip())
        if initiated:
            month, day, year = (int(g) for g in initiated.groups())
            assert uc.created_on == date(year, month, day)
        assert f"3_agency: {row['3_agency'].strip()}" in uc.notes  # unmapped: in the notes
    first = result.use_cases[0]
    assert first.title == "Non-Intrusive Inspection (NII) 3D Imaging Tool"
    assert first.status is Status.PILOT and first.risk_class is RiskClass.MINIMAL
    assert {Status.IDEA, Status.EVALUATION, Status.PILOT, Status.OPERATION, Status.STOPPED} <= {
        uc.status for uc in result.use_cases}
    assert any(uc.risk_class is RiskClass.HIGH for uc in result.use_cases)


def test_public_inventory_by_suggestion_alone_keeps_every_column(inventory_csv: Path) -> None:
    table = read_table(inventory_csv)
    suggestion = im.suggest(table.headers, [r.cells for r in table.rows])
    columns = suggestion.mapping.columns
    assert columns["2_use_case_name"] == "title" and columns["16_dev_stage"] == "status"
    assert set(columns) == set(table.headers)  # every column has a place; none is dropped
    result = build_import(table, suggestion.mapping)
    assert len(result.use_cases) == 1757
    # the impact words of this inventory are no risk class the app knows: listed, not guessed
    assert any(h == "17_impact_type" for h, _v in result.build.unknown_values)


def test_table_without_a_title_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kontakte.csv"
    path.write_text("Vorname,Nachname\nAnna,Keller\n", encoding="utf-8")
    with pytest.raises(CsvImportError) as info:
        read_use_cases(path)
    assert info.value.code == "no_title_column"


def test_old_excel_and_binary_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "liste.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(CsvImportError) as info:
        read_use_cases(path)
    assert info.value.code == "old_excel"
    path = tmp_path / "liste.csv"
    path.write_bytes(b"PK\x03\x04\x00\x00\x00binary")
    with pytest.raises(CsvImportError) as info:
        read_use_cases(path)
    assert info.value.code == "not_xlsx"


def test_markup_and_control_characters_are_kept_as_text(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text('title,problem\n"<b>Bold</b> & co","a\x07b ‮RTL"\n', encoding="utf-8")
    uc = read_use_cases(path).use_cases[0]
    assert uc.title == "<b>Bold</b> & co"
    assert uc.problem == "ab ‮RTL"


def test_limit_reads_only_the_first_rows(inventory_csv: Path) -> None:
    result = read_use_cases(inventory_csv, limit=10)
    assert [uc.title for uc in result.use_cases] == [
        uc.title for uc in read_use_cases(inventory_csv).use_cases[:10]]


def test_a_saved_mapping_is_reused_and_found_beside_the_table(german_csv: Path) -> None:
    table = read_table(german_csv)
    mapping = im.suggest(table.headers, [r.cells for r in table.rows]).mapping
    mapping.columns["Bemerkung"] = "tags"
    mapping.values["Phase"]["Zwischenstand"] = "paused"
    beside = german_csv.with_name(german_csv.name + ".mapping.json")
    save_mapping(beside, mapping)
    assert load_mapping(beside) == mapping
    found = saved_mapping_for(german_csv, table.headers)
    assert found is not None and found[0] == beside
    result = read_use_cases(german_csv)
    dunning = result.use_cases[-1]
    assert dunning.status is Status.PAUSED
    # only the empty yes/no cell is left, reported as keeping its default (never a silent "no")
    assert result.build.unknown_values == {("Kundenkontakt", ""): 1}
    assert "läuft seit März" in result.use_cases[0].tags  # where the user chose: as a tag


def test_a_mapping_file_of_a_newer_version_or_not_a_mapping_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text('{"format": "leitplanken-import-mapping", "version": 99}', encoding="utf-8")
    with pytest.raises(CsvImportError) as info:
        load_mapping(path)
    assert info.value.code == "bad_mapping" and "99" in info.value.detail
    path.write_text('{"columns": {}}', encoding="utf-8")
    with pytest.raises(CsvImportError):
        load_mapping(path)


def test_owner_names_match_existing_people_case_and_accent_insensitively(german_csv: Path) -> None:
    table = read_table(german_csv)
    mapping = im.suggest(table.headers, [r.cells for r in table.rows]).mapping
    anna = Person(name="Anna Keller")
    jurg = Person(name="Jurg Muller")
    result = build_import(table, mapping, people=[anna, jurg])
    assert [p.name for p in result.new_people] == ["Beat Frei"]
    owners = {uc.title: uc.owner_uuid for uc in result.use_cases}
    assert owners["Chatbot für Anfragen"] == jurg.uuid
    assert owners["Offertenassistent"] == anna.uuid


def test_a_declined_new_person_stays_in_the_notes(german_csv: Path) -> None:
    table = read_table(german_csv)
    mapping = im.suggest(table.headers, [r.cells for r in table.rows]).mapping
    result = build_import(table, mapping, confirmed=lambda p: p.name != "Beat Frei")
    dunning = result.use_cases[-1]
    assert dunning.owner_uuid is None and "Verantwortlich: Beat Frei" in dunning.notes
