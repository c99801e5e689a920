"""Spreadsheet import under attack: broken quotes in any column, saved mappings that do not
fit the table or were edited by hand, notes that survive a round trip, people spelt in
several ways, and the messages for workbooks that are not what they seem. Every file is
generated here."""

from __future__ import annotations

from pathlib import Path

import pytest

from leitplanken.domain import import_mapping as im
from leitplanken.storage.csv_import import build_import, read_table


def _lines(width: int, broken_at: int, column: int, rows: int = 10) -> list[str]:
    """A table of `rows` rows whose row `broken_at` opens a quote in `column` and never closes it."""
    out = [",".join(f"Head {c}" for c in range(width))]
    for r in range(1, rows + 1):
        cells = [f"row {r} cell {c}" for c in range(width)]
        if r == broken_at:
            cells[column] = '"' + cells[column]
        out.append(",".join(cells))
    return out


@pytest.mark.parametrize("width", [2, 3, 6])
@pytest.mark.parametrize("where", ["first", "middle", "last"])
@pytest.mark.parametrize("broken_at", [1, 4, 10])
def test_a_quote_never_closed_costs_its_row_only(tmp_path: Path, width: int, where: str,
                                                 broken_at: int) -> None:
    """In whichever column the quote opens, the row is reported by its line and the rest is read."""
    column = {"first": 0, "middle": width // 2, "last": width - 1}[where]
    path = tmp_path / "t.csv"
    path.write_text("\n".join(_lines(width, broken_at, column)) + "\n", encoding="utf-8")
    table = read_table(path)
    lines = [p[0] for p in table.problems if p[1] == "broken_quote"]
    assert lines == [broken_at + 1]
    titles = [r.cells[0] for r in table.rows]
    assert len(titles) == 9
    assert all("\n" not in str(c) for r in table.rows for c in r.cells)
    assert f"row {broken_at} cell 0" not in titles


@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_cells_with_line_breaks_are_no_broken_quote(tmp_path: Path, ending: str) -> None:
    """A quoted cell over several lines (with commas and escaped quotes) is one cell, not a problem."""
    text = ending.join([
        "Title,Status,Description",
        'A,Idea,"first line, with a comma',
        'second line ""quoted"", more',
        'third line"',
        'B,Pilot,"x, y',
        'z"',
        "C,Idea,plain",
    ]) + ending
    path = tmp_path / "ok.csv"
    path.write_bytes(text.encode("utf-8"))
    table = read_table(path)
    assert table.problems == []
    assert [r.cells[0] for r in table.rows] == ["A", "B", "C"]
    assert table.rows[0].cells[2].count("\n") == 2


def _build(path: Path, columns: dict[str, str], currency: str = "CHF", **kwargs: object):
    """Reads a table and builds it by a mapping of `columns` (values suggested)."""
    table = read_table(path)
    mapping = im.Mapping(columns=columns)
    im.complete_values(mapping, table.headers, [r.cells for r in table.rows])
    return build_import(table, mapping, currency=currency, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(("cell", "stored", "kept", "counter"), [
    ("Fr. 1'200.50", "1200.50", False, ""), ("5k", "5000.00", True, ""),
    ("1,5 Mio.", "1500000.00", True, ""), ("$1,500", None, True, "other_currency"),
    ("€ 2.000", None, True, "other_currency"), ("-500", None, True, "unreadable"),
    ("10-20k", None, True, "unreadable"), ("12,5%", None, True, "unreadable"),
])
def test_amounts_are_read_or_kept_and_counted(tmp_path: Path, cell: str, stored: str | None,
                                              kept: bool, counter: str) -> None:
    """An amount is read as written, or left empty with the original in the notes and counted."""
    path = tmp_path / "a.csv"
    path.write_text(f"Title;Kosten\nFirst;{cell}\nSecond;1,500.00\n", encoding="utf-8")
    result = _build(path, {"Title": "title", "Kosten": "cost_once"})
    first = result.use_cases[0]
    assert (None if first.cost_once is None else str(first.cost_once)) == stored
    assert (cell in first.notes) is kept
    assert str(result.use_cases[1].cost_once) == "1500.00"
    assert result.build is not None
    for name in ("other_currency", "unreadable"):
        assert getattr(result.build, name).get("Kosten", 0) == (name == counter)


SAVED = im.Mapping(
    columns={"Initiative": "notes", "Project name": "title", "Current stage": "status",
             "Business owner": "owner", "Budget (one-off)": "cost_once", "Vendor": "tool"},
    values={"Current stage": {"Deployed": "operation", "Retired": "stopped"}},
)
ROW = {"Initiative": "AI-7", "Project name": "Invoice triage", "Current stage": "Deployed",
       "Business owner": "Jane Doe", "Budget (one-off)": "1200", "Vendor": "Acme"}


@pytest.mark.parametrize(("renames", "dropped", "expect_renamed"), [
    ({}, ["Business owner"], {}),
    ({}, ["Business owner", "Vendor", "Project name"], {}),
    ({"Business owner": "Business owner name"}, [], {"Business owner": "Business owner name"}),
    ({"Business owner": "Verantwortlich"}, [], {"Business owner": "Verantwortlich"}),
    ({"Current stage": "Current stages"}, [], {"Current stage": "Current stages"}),
    ({"Project name": "Bezeichnung", "Budget (one-off)": "Einmalige Kosten"}, ["Vendor"],
     {"Project name": "Bezeichnung", "Budget (one-off)": "Einmalige Kosten"}),
])
def test_a_saved_mapping_fits_a_table_that_lacks_or_renames_its_columns(
        tmp_path: Path, renames: dict[str, str], dropped: list[str],
        expect_renamed: dict[str, str]) -> None:
    """The next inventory is named differently: the missing columns are named, a renamed one
    takes the old target, nothing crashes and the rows are imported."""
    headers = [renames.get(h, h) for h in ROW if h not in dropped]
    values = [v for h, v in ROW.items() if h not in dropped]
    path = tmp_path / "next.csv"
    path.write_text(",".join(headers) + "\n" + ",".join(values) + "\n" + ",".join(values) + "\n",
                    encoding="utf-8")
    table = read_table(path)
    fitted = im.fit(SAVED, table.headers, [r.cells for r in table.rows])
    assert set(fitted.missing) == set(dropped) | set(renames)
    assert fitted.renamed == expect_renamed
    for old, new in fitted.renamed.items():
        assert fitted.mapping.target(new) == SAVED.columns[old]
    result = build_import(table, fitted.mapping)
    titles = {uc.title for uc in result.use_cases}
    if "Project name" in dropped:
        assert titles <= {""} and not fitted.mapping.headers_for("title")
        return
    assert titles == {"Invoice triage"}
    owner_kept = "Business owner" not in dropped
    assert bool(result.new_people) is owner_kept
    if "Current stage" in headers or "Current stages" in headers:
        assert {uc.status.value for uc in result.use_cases} == {"operation"}


def test_the_command_names_the_missing_columns_and_imports(tmp_path: Path, capsys) -> None:
    """`import-csv --mapping` with a mapping whose owner column is gone: no crash, the column named."""
    from leitplanken.cli import main
    from leitplanken.storage.csv_import import save_mapping

    saved = tmp_path / "m.json"
    save_mapping(saved, SAVED)
    path = tmp_path / "less.csv"
    path.write_text("Project name,Current stage,Owner name\nInvoice triage,Deployed,Jane Doe\n",
                    encoding="utf-8")
    code = main(["import-csv", str(tmp_path / "w.leitplanken"), str(path), "--mapping", str(saved)])
    out = capsys.readouterr().out
    assert code == 0
    assert "“Business owner”" in out and "“Owner name”" in out
    assert "“Vendor” of the mapping is not in the table" in out
    assert "Jane Doe" in out


NOTES_TEXTS = ["Notes: x", "two\nlines", "=1+1", "-2+3", "Notizen: Notes: y", "plain"]


@pytest.mark.parametrize(("form", "extra"), [
    ("xlsx", []), ("csv", ["--lang", "en"]), ("csv", ["--lang", "de", "--excel-de"]),
])
def test_an_exported_register_reimports_with_the_same_notes(tmp_path: Path, form: str,
                                                           extra: list[str]) -> None:
    """Export → import by the saved mapping, in every form: the notes come back letter for letter,
    never with "Notes: " put before them again."""
    from leitplanken.cli import main
    from leitplanken.domain.model import Company, UseCase, Workspace
    from leitplanken.storage import WorkspaceFile

    source = tmp_path / "a.leitplanken"
    ws = Workspace(company=Company(), use_cases=[
        UseCase(title=f"Use case {i}", notes=text) for i, text in enumerate(NOTES_TEXTS)])
    WorkspaceFile.create(source, ws).close()
    out, saved = tmp_path / f"list.{form}", tmp_path / "list.map.json"
    assert main(["export-table", str(source), str(out), "--save-mapping", str(saved), *extra]) == 0
    again = tmp_path / "b.leitplanken"
    for _cycle in range(2):
        assert main(["import-csv", str(again), str(out), "--mapping", str(saved)]) == 0
        with WorkspaceFile.open(again, read_only=True) as wf:
            got = {uc.title: uc.notes for uc in wf.load().use_cases}
        assert got == {f"Use case {i}": text for i, text in enumerate(NOTES_TEXTS)}
        assert main(["export-table", str(again), str(out), "--save-mapping", str(saved), *extra]) == 0
        again.unlink()


@pytest.mark.parametrize("header", ["Notes", "Notizen", "notes", " NOTIZEN "])
def test_the_notes_column_is_the_notes_text(tmp_path: Path, header: str) -> None:
    """A column that is the notes field itself gives the text as it is; another one "header: value"."""
    path = tmp_path / "n.csv"
    path.write_text(f"Title;{header};Bemerkung\nA;text of A;remark\n", encoding="utf-8")
    table = read_table(path)
    mapping = im.suggest(table.headers, [r.cells for r in table.rows]).mapping
    result = build_import(table, mapping)
    assert result.use_cases[0].notes == "text of A\nBemerkung: remark"


@pytest.mark.parametrize("language", ["en", "de", "de_CH"])
def test_the_notes_field_names_are_the_translated_labels(language: str) -> None:
    """The names the import takes for the notes field are those the program writes as the header."""
    from leitplanken.domain.model import UseCase
    from leitplanken.i18n.labels import field_label
    from leitplanken.i18n.translator import Translator

    assert im.is_notes_field(field_label(UseCase, "notes", Translator(language)))


def _mapping_text(**changes: object) -> str:
    """A valid mapping's JSON with some of its parts replaced."""
    import json

    data: dict[str, object] = json.loads(SAVED.to_json())
    for key, value in changes.items():
        if key.startswith("read_"):
            data["read"] = {**data["read"], key[5:]: value}  # type: ignore[dict-item]
        else:
            data[key] = value
    return json.dumps(data)


HOSTILE = {
    "unknown target": _mapping_text(columns={"Project name": "evil"}),
    "target as a list": _mapping_text(columns={"Project name": ["title"]}),
    "two titles": _mapping_text(columns={"Project name": "title", "Vendor": "title"}),
    "value not in the enum": _mapping_text(values={"Current stage": {"Deployed": "bogus"}}),
    "value of a flag": _mapping_text(columns={"Project name": "title", "C": "customer_facing"},
                                     values={"C": {"Y": "maybe"}}),
    "values a text": _mapping_text(values="x"),
    "version a text": _mapping_text(version="1"),
    "version true": _mapping_text(version=True),
    "version 99": _mapping_text(version=99),
    "deep lists": '{"format": "leitplanken-import-mapping", "a": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "deep objects": '{"a":' * 50_000 + "1" + "}" * 50_000,
    "huge number": _mapping_text(version=1).replace('"version": 1', '"version": 1' + "0" * 5000),
    "too large": _mapping_text(columns={f"c{i}": "notes" for i in range(120_000)}),
    "separator of two": _mapping_text(read_separator="ab"),
    "separator a line break": _mapping_text(read_separator="\n"),
    "separator a quote": _mapping_text(read_separator='"'),
    "separator a letter": _mapping_text(read_separator="x"),
    "header row negative": _mapping_text(read_header_row=-5),
    "header row a text": _mapping_text(read_header_row="2"),
    "header row a fraction": _mapping_text(read_header_row=1.5),
    "header row huge": _mapping_text(read_header_row=10**9),
    "sheet a number": _mapping_text(read_sheet=7),
    "encoding unknown": _mapping_text(read_encoding="klingon"),
    "encoding no text codec": _mapping_text(read_encoding="rot13"),
    "decimal comma a word": _mapping_text(decimal_comma={"Budget (one-off)": "yes"}),
    "date order": _mapping_text(date_order={"x": "ymd"}),
    "name a number": _mapping_text(name=5),
    "not an object": "[1, 2, 3]",
    "empty": "",
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_mapping_is_refused_with_its_reason(tmp_path: Path, case: str, capsys) -> None:
    """Every broken or hostile mapping ends in "cannot be used: <reason>" and exit code 2."""
    from leitplanken.cli import main

    mapping = tmp_path / "m.json"
    mapping.write_text(HOSTILE[case], encoding="utf-8")
    table = tmp_path / "t.csv"
    table.write_text("Project name,Current stage\nA,Deployed\n", encoding="utf-8")
    code = main(["import-csv", str(tmp_path / "w.leitplanken"), str(table), "--mapping", str(mapping)])
    err = capsys.readouterr().err
    assert code == 2
    assert "cannot be used: " in err and "Traceback" not in err
    assert len(err) < 600
    assert not (tmp_path / "w.leitplanken").exists()


@pytest.mark.parametrize(("written", "stored"), [
    ("operation", "operation"), ("Regelbetrieb", "operation"), ("Regular operation", "operation"),
    ("in Betrieb", "operation"), ("Pausiert", "paused"), ("", ""),
])
def test_a_value_target_may_be_the_key_or_its_label(written: str, stored: str) -> None:
    """A hand-edited value map may name the status by its key or by its label in either language."""
    text = _mapping_text(values={"Current stage": {"Deployed": written}})
    assert im.mapping_from_json(text).values["Current stage"]["Deployed"] == stored


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "utf-8"])
def test_a_mapping_saved_by_notepad_is_read(tmp_path: Path, encoding: str) -> None:
    """Notepad's "Unicode" (UTF-16) and UTF-8 with or without its mark read alike."""
    from leitplanken.storage.csv_import import load_mapping

    path = tmp_path / "m.json"
    path.write_text(SAVED.to_json(), encoding=encoding)
    assert load_mapping(path).columns == SAVED.columns


@pytest.mark.parametrize(("header", "target", "default"), [
    ("Kundenkontakt", "customer_facing", "No"), ("Personendaten", "personal_data", "No"),
    ("Phase", "status", "Idea"), ("Risiko", "risk_class", None),
])
def test_an_empty_status_or_yes_no_cell_is_said_to_keep_the_default(
        tmp_path: Path, header: str, target: str, default: str | None, capsys) -> None:
    """An empty cell is no "no" and no "idea": the field keeps its default and the plan says so."""
    from leitplanken.cli import main

    path = tmp_path / "e.csv"
    path.write_text(f"Title;{header}\nA;\nB;\n", encoding="utf-8")
    table = read_table(path)
    mapping = im.Mapping(columns={"Title": "title", header: target})
    im.complete_values(mapping, table.headers, [r.cells for r in table.rows])
    assert mapping.values[header][""] == ("unclear" if target == "risk_class" else "")
    result = build_import(table, mapping)
    assert result.build is not None
    if default is None:  # an empty risk class is "unclear", which the value map says
        return
    assert result.build.unknown_values == {(header, ""): 2}
    saved = tmp_path / "m.json"
    saved.write_text(mapping.to_json(), encoding="utf-8")
    assert main(["import-csv", str(tmp_path / "w.leitplanken"), str(path), "--mapping", str(saved)]) == 0
    out = capsys.readouterr().out
    assert f"(empty) (2) → ? not given: the field keeps its default ({default})  !" in out


def _workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """An XLSX with the given sheets and rows (as openpyxl writes it: formulas without values)."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


INVENTORY = [["Bezeichnung", "Phase"], ["Chatbot Kundendienst", "in Betrieb"], ["Rechnungsprüfung", "Pilot"]]
COVER = [["KI-Inventar"], [], ["Erstellt von", "Hans Meier"], ["Stand", "März 2025"]]


@pytest.mark.parametrize(("sheet", "code", "says"), [
    (None, 2, ["“Deckblatt”", "“Inventar”", "--sheet NAME"]),
    ("Inventar", 0, ["2 use cases imported", "Deckblatt, Inventar"]),
    ("Nope", 2, ["no sheet of that name", "“Deckblatt”, “Inventar”"]),
])
def test_a_cover_sheet_names_the_sheets_and_sheet_chooses(tmp_path: Path, sheet: str | None,
                                                         code: int, says: list[str], capsys) -> None:
    """A workbook whose first sheet is a cover: the refusal names the other sheets and --sheet."""
    from leitplanken.cli import main

    book = _workbook(tmp_path / "cover.xlsx", {"Deckblatt": COVER, "Inventar": INVENTORY})
    args = ["import-csv", str(tmp_path / "w.leitplanken"), str(book)]
    assert main(args + (["--sheet", sheet] if sheet else [])) == code
    captured = capsys.readouterr()
    for text in says:
        assert text in captured.out + captured.err


def _with_empty_rows(path: Path, count: int) -> Path:
    """The workbook with `count` formatted but empty rows appended to its first sheet's XML."""
    import zipfile

    members = {}
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            members[info.filename] = archive.read(info)
    xml = members["xl/worksheets/sheet1.xml"].decode()
    rows = "".join(f'<row r="{n}" s="1" customFormat="1"/>' for n in range(10, 10 + count))
    members["xl/worksheets/sheet1.xml"] = xml.replace("</sheetData>", rows + "</sheetData>").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize("empty", [100, 20_500, 60_000])
def test_formatted_empty_rows_are_no_rows(tmp_path: Path, empty: int) -> None:
    """Style-only rows after the data neither count toward the row limit nor cost the time to
    pass over all of them; the rows with values are read."""
    import time

    book = _with_empty_rows(_workbook(tmp_path / "e.xlsx", {"Inventar": INVENTORY}), empty)
    start = time.perf_counter()
    table = read_table(book)
    assert time.perf_counter() - start < 5
    assert [r.cells[0] for r in table.rows] == ["Chatbot Kundendienst", "Rechnungsprüfung"]
    assert bool(table.stopped_at_row) is (empty > 20_000)


def test_formula_cells_without_a_value_are_counted(tmp_path: Path, capsys) -> None:
    """A formula a script wrote has no value to read: the cells read empty and the plan says so."""
    from leitplanken.cli import main

    rows = [["Title", "Description"], ["A", '=HYPERLINK("http://x","y")'], ["B", "=1+1"], ["C", "plain"]]
    book = _workbook(tmp_path / "f.xlsx", {"Sheet": rows})
    assert read_table(book).formulas_without_value == 2
    assert main(["import-csv", str(tmp_path / "w.leitplanken"), str(book), "--dry-run"]) == 0
    assert "2 formula cell(s) have no computed value" in capsys.readouterr().out


@pytest.mark.parametrize(("content", "code"), [
    (bytes(range(256)) * 12, "not_spreadsheet"), (b"\x00\x01garbage" * 100, "not_spreadsheet"),
    (b"PK\x03\x04 not really a zip", "not_xlsx"),
])
def test_random_bytes_named_xlsx_are_not_a_spreadsheet(tmp_path: Path, content: bytes, code: str) -> None:
    """Bytes that are neither a workbook nor text are "not a spreadsheet", not an encoding problem."""
    from leitplanken.storage.csv_import import CsvImportError

    path = tmp_path / "fake.xlsx"
    path.write_bytes(content)
    with pytest.raises(CsvImportError) as info:
        read_table(path)
    assert info.value.code == code


@pytest.mark.parametrize(("first", "second", "repeated"), [
    (["A", "B"], ["A", "B"], 2), (["A", "B"], ["a ", "C"], 1), (["A"], ["B", "C"], 0),
])
def test_importing_the_same_list_twice_is_told(tmp_path: Path, first: list[str], second: list[str],
                                               repeated: int, capsys) -> None:
    """A second import of the same titles warns (and still imports: two may share a title)."""
    from leitplanken.cli import main
    from leitplanken.storage import WorkspaceFile

    target = tmp_path / "w.leitplanken"
    for titles in (first, second):
        path = tmp_path / "t.csv"
        path.write_text("Title\n" + "\n".join(titles) + "\n", encoding="utf-8")
        assert main(["import-csv", str(target), str(path)]) == 0
    out = capsys.readouterr().out
    assert (f"{repeated} of the rows have the title" in out) is bool(repeated)
    with WorkspaceFile.open(target, read_only=True) as wf:
        assert len(wf.load().use_cases) == len(first) + len(second)
