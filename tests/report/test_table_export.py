"""Lists for spreadsheets: what a user finds when opening the exported CSV or XLSX.

Each list (register, RACI, checklist, decisions) is written in both CSV dialects and as XLSX,
then read back the way a spreadsheet reads it: the bytes of the CSV, the cells of the
workbook with openpyxl. Formula-like texts must arrive as text, numbers as numbers.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from leitplanken.domain.catalogue import item_label, seed_use_case
from leitplanken.domain.model import (
    ChecklistItem,
    Company,
    Decision,
    DecisionKind,
    Integration,
    ItemState,
    Letter,
    Person,
    RaciCell,
    RaciMember,
    RiskClass,
    Status,
    System,
    UseCase,
    UseCaseSystem,
    Workspace,
)
from leitplanken.i18n.labels import field_label, item_state_label
from leitplanken.i18n.translator import Translator
from leitplanken.report.table_export import (
    Dialect,
    What,
    build_table,
    dialect_for_language,
    export_table,
    is_formula_like,
    neutral_csv_text,
    tab_separated,
)

TODAY = date(2026, 11, 25)
#: Texts a spreadsheet would run as formulas, one per field, with where they are stored.
HOSTILE = {
    "title": '=HYPERLINK("http://evil.example","Klick")',
    "problem": "+41 79 123 45 67 anrufen",
    "tool": "-2+3",
    "response_target": "@SUM(A1:A2)",
    "relief_customers": "\tbeginnt mit Tab",
    "boundary": "\rbeginnt mit CR",
}


def _workspace() -> Workspace:
    """Two use cases: one with every kind of value and hostile texts, one plain."""
    anna = Person(name="Anna Keller", function="Geschäftsführerin")
    ext = Person(name="Beraterin Extern", internal=False, organisation="KI Partner GmbH")
    ws = Workspace(company=Company(name="Muster AG", currency="CHF", language="de"),
                   people=[anna, ext])
    hostile = UseCase(status=Status.PILOT, owner_uuid=anna.uuid, customer_facing=True,
                      risk_class=RiskClass.LIMITED, cost_once=Decimal("-1200.50"),
                      cost_monthly=Decimal("99.9"), hours_saved_month=Decimal("12.5"),
                      created_on=date(2026, 1, 31), pilot_start=date(2026, 7, 1),
                      next_review=date(2026, 12, 31), tags=["service", "e-mail"], **HOSTILE)
    plain = UseCase(title="Offerten vorschlagen", problem="Offerten dauern zu lange",
                    status=Status.IDEA, created_on=date(2025, 3, 4))
    for uc in (hostile, plain):
        seed_use_case(uc, "de")
    act = hostile.activities[0]
    hostile.members = [RaciMember(use_case_uuid=hostile.uuid, person_uuid=p.uuid, sort=i)
                       for i, p in enumerate((anna, ext))]
    hostile.cells = [
        RaciCell(use_case_uuid=hostile.uuid, activity_uuid=act.uuid, person_uuid=anna.uuid,
                 letter=Letter.A),
        RaciCell(use_case_uuid=hostile.uuid, activity_uuid=act.uuid, person_uuid=ext.uuid,
                 letter=Letter.C),
    ]
    item = hostile.checklist[0]
    item.state, item.owner_uuid, item.due_date = ItemState.IN_PROGRESS, anna.uuid, date(2026, 2, 3)
    item.note, item.evidence = "=1+1", "Protokoll vom 3.2."
    na = hostile.checklist[1]
    na.state, na.na_reason = ItemState.NOT_APPLICABLE, "Kein CRM im Einsatz"
    first = Decision(use_case_uuid=hostile.uuid, kind=DecisionKind.START_PILOT,
                     decided_on=date(2026, 7, 1), rationale="Versuchen", deciders="GL")
    fix = Decision(use_case_uuid=hostile.uuid, kind=DecisionKind.CHANGE,
                   decided_on=date(2026, 7, 2), rationale="-Tippfehler", corrects_uuid=first.uuid,
                   next_review=date(2026, 10, 1))
    hostile.decisions = [first, fix]
    crm = System(name="CRM")
    ws.systems = [crm]
    hostile.systems = [UseCaseSystem(use_case_uuid=hostile.uuid, system_uuid=crm.uuid,
                                     integration=Integration.AUTOMATED)]
    ws.use_cases = [hostile, plain]
    return ws


def _read_csv(path: Path) -> tuple[bytes, list[list[str]]]:
    """The raw bytes and the rows as a spreadsheet's CSV reader sees them."""
    raw = path.read_bytes()
    delimiter = ";" if raw.split(b"\r\n", 1)[0].count(b";") else ","
    text = raw.decode("utf-8-sig")
    return raw, list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _export(tmp_path: Path, what: What, suffix: str, language: str,
            dialect: Dialect | None = None) -> Path:
    """Writes one list of the sample workspace."""
    out = tmp_path / f"{what.value}-{language}-{dialect or 'auto'}.{suffix}"
    export_table(_workspace(), what, out, tr=Translator(language), language=language,
                 today=TODAY, dialect=dialect)
    return out


def _row_by_title(rows: list[list[str]], title: str) -> dict[str, str]:
    """The data row whose first cell is `title`, keyed by the header."""
    header = rows[0]
    for row in rows[1:]:
        if row[0] == title:
            return dict(zip(header, row, strict=True))
    raise AssertionError(f"{title!r} not in {[r[0] for r in rows[1:]]}")


# -- the rule itself --------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["=1+1", "+41", "-5", "@x", "\tx", "\rx"])
def test_formula_starts_get_an_apostrophe(text: str) -> None:
    assert is_formula_like(text)
    assert neutral_csv_text(text) == "'" + text


@pytest.mark.parametrize("text", ["Anna", "1+1=2", " =x", "", "'quoted"])
def test_other_texts_stay_as_they_are(text: str) -> None:
    assert neutral_csv_text(text) == text


def test_the_dialect_follows_the_language() -> None:
    assert dialect_for_language("de") is Dialect.EXCEL_DE
    assert dialect_for_language("de_CH") is Dialect.EXCEL_DE
    assert dialect_for_language("en") is Dialect.COMMA


# -- CSV ----------------------------------------------------------------------------------------


def test_register_csv_for_german_excel(tmp_path: Path) -> None:
    """BOM, CRLF, semicolons, German titles and words, day-first dates, decimal comma."""
    out = _export(tmp_path, What.REGISTER, "csv", "de")
    raw, rows = _read_csv(out)
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    tr = Translator("de")
    header = rows[0]
    assert header[0] == field_label(UseCase, "title", tr) == "Titel"
    assert field_label(UseCase, "owner_uuid", tr) in header
    assert "Einmalige Kosten (CHF)" in header
    row = _row_by_title(rows, "'" + HOSTILE["title"])
    assert row[field_label(UseCase, "status", tr)] == "Pilot"
    assert row[field_label(UseCase, "owner_uuid", tr)] == "Anna Keller"
    assert row[field_label(UseCase, "customer_facing", tr)] == "Ja"
    assert row["Einmalige Kosten (CHF)"] == "-1200,50"  # a negative number stays a number
    assert row["Monatliche Kosten (CHF)"] == "99,90"
    assert row[field_label(UseCase, "hours_saved_month", tr)] == "12,5"
    assert row[field_label(UseCase, "created_on", tr)] == "31.01.2026"
    assert row[field_label(UseCase, "next_review", tr)] == "31.12.2026"
    assert row[field_label(UseCase, "tags", tr)] == "service, e-mail"
    for name, text in HOSTILE.items():
        assert row[field_label(UseCase, name, tr)] == "'" + text, name
    plain = _row_by_title(rows, "Offerten vorschlagen")
    assert plain[field_label(UseCase, "status", tr)] == "Idee"
    assert plain["Einmalige Kosten (CHF)"] == ""
    assert plain[field_label(UseCase, "pilot_start", tr)] == ""


def test_register_csv_with_commas_in_english(tmp_path: Path) -> None:
    """Commas, decimal point, ISO dates, English titles; the derived columns are there."""
    out = _export(tmp_path, What.REGISTER, "csv", "en")
    raw, rows = _read_csv(out)
    assert raw.startswith(b"\xef\xbb\xbf") and raw.split(b"\r\n")[0].count(b",") > 20
    row = _row_by_title(rows, "'" + HOSTILE["title"])
    assert row["Title"] != "" and row["Status"] == "Pilot" and row["Owner"] == "Anna Keller"
    assert row["Risk class (EU AI Act)"] == "Limited risk (transparency)"
    assert row["One-off cost (CHF)"] == "-1200.50"
    assert row["Created on"] == "2026-01-31"
    assert row["Accountable (A)"] == "Anna Keller"
    assert row["Systems"] == "CRM (Automated)"
    assert row["Pilot trap"] == "Yes"  # a pilot since July without a decision, in November
    assert int(row["Days in pilot without a decision"]) == (TODAY - date(2026, 7, 2)).days
    assert int(row["Readiness criteria met"]) < int(row["Readiness criteria"])
    plain = _row_by_title(rows, "Offerten vorschlagen")
    assert plain["Pilot trap"] == "" and plain["Days in pilot without a decision"] == ""


def test_an_english_list_for_german_excel_and_a_german_list_with_commas(tmp_path: Path) -> None:
    """The dialect can be chosen against the language's default."""
    _raw, rows = _read_csv(_export(tmp_path, What.REGISTER, "csv", "en", Dialect.EXCEL_DE))
    assert rows[0][0] == "Title"
    assert _row_by_title(rows, "Offerten vorschlagen")["Created on"] == "04.03.2025"
    _raw, rows = _read_csv(_export(tmp_path, What.REGISTER, "csv", "de", Dialect.COMMA))
    assert rows[0][0] == "Titel"
    assert _row_by_title(rows, "Offerten vorschlagen")["Erfasst am"] == "2025-03-04"


def test_swiss_german_titles_have_no_sharp_s(tmp_path: Path) -> None:
    _raw, rows = _read_csv(_export(tmp_path, What.CHECKLIST, "csv", "de_CH"))
    text = "\n".join(";".join(r) for r in rows)
    assert "ß" not in text


def test_raci_csv_one_row_per_letter(tmp_path: Path) -> None:
    ws = _workspace()
    _raw, rows = _read_csv(_export(tmp_path, What.RACI, "csv", "en"))
    assert len(rows) - 1 == sum(len(uc.cells) for uc in ws.use_cases) == 2
    header = rows[0]
    letters = {r[header.index("Person")]: r[header.index("Letter")] for r in rows[1:]}
    assert letters == {"Anna Keller": "A", "Beraterin Extern": "C"}
    external = next(r for r in rows[1:] if r[header.index("Person")] == "Beraterin Extern")
    assert external[header.index("Internal or external")] == "external"
    assert external[header.index("Activity")]  # the catalogue's title, not empty


def test_checklist_csv_one_row_per_item(tmp_path: Path) -> None:
    ws = _workspace()
    _raw, rows = _read_csv(_export(tmp_path, What.CHECKLIST, "csv", "de"))
    assert len(rows) - 1 == sum(len(uc.checklist) for uc in ws.use_cases)
    header = rows[0]
    tr = Translator("de")
    first = ws.use_cases[0].checklist[0]
    item_column = header.index(tr.translate("TableExport", "Item"))
    row = next(r for r in rows[1:] if r[item_column] == item_label(first, "de"))
    as_dict = dict(zip(header, row, strict=True))
    assert as_dict[field_label(ChecklistItem, "state", tr)] == "In Arbeit"
    assert as_dict[field_label(ChecklistItem, "owner_uuid", tr)] == "Anna Keller"
    assert as_dict[field_label(ChecklistItem, "due_date", tr)] == "03.02.2026"
    assert as_dict[field_label(ChecklistItem, "note", tr)] == "'=1+1"
    assert as_dict[field_label(ChecklistItem, "evidence", tr)] == "Protokoll vom 3.2."
    na = next(r for r in rows[1:] if "Kein CRM im Einsatz" in r)
    assert dict(zip(header, na, strict=True))[field_label(ChecklistItem, "state", tr)] == \
        item_state_label(ItemState.NOT_APPLICABLE, tr)


def test_decisions_csv_with_the_correction(tmp_path: Path) -> None:
    _raw, rows = _read_csv(_export(tmp_path, What.DECISIONS, "csv", "en"))
    assert len(rows) == 3
    header = rows[0]
    fix = dict(zip(header, rows[2], strict=True))
    assert fix["Decision"] == "Change" and fix["Rationale"] == "'-Tippfehler"
    assert fix["Corrects"] == "Start pilot (2026-07-01)"
    assert fix["Next review"] == "2026-10-01"


# -- XLSX -------------------------------------------------------------------------------------


@pytest.mark.parametrize("what", list(What))
def test_every_xlsx_has_a_frozen_bold_header_and_a_filter(tmp_path: Path, what: What) -> None:
    out = _export(tmp_path, what, "xlsx", "de")
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    assert header[0] == "Titel"
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes in ("A2", "B2")
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(header)).column_letter}{sheet.max_row}"
    assert sheet.column_dimensions["A"].width >= 20
    assert sheet.max_row > 1


def test_xlsx_cells_are_typed_and_formulas_are_text(tmp_path: Path) -> None:
    out = _export(tmp_path, What.REGISTER, "xlsx", "en")
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    cells = {h: c for h, c in zip(header, sheet[2], strict=True)}
    title = cells["Title"]
    assert title.value == HOSTILE["title"] and title.data_type == "s"
    for name, text in HOSTILE.items():
        cell = cells[field_label(UseCase, name, Translator("en"))]
        assert cell.data_type == "s", name
        assert cell.value == text.replace("\r", "\n") or cell.value == text, name
    cost = cells["One-off cost (CHF)"]
    assert cost.data_type == "n" and cost.value == pytest.approx(-1200.5)
    assert cost.number_format == "#,##0.00"
    created = cells["Created on"]
    assert created.is_date and created.value == datetime(2026, 1, 31)
    assert cells["Readiness criteria met"].data_type == "n"
    assert cells["Status"].value == "Pilot"


def test_a_german_workbook_shows_dates_day_first(tmp_path: Path) -> None:
    sheet = openpyxl.load_workbook(_export(tmp_path, What.DECISIONS, "xlsx", "de")).active
    assert sheet is not None
    decided = sheet.cell(2, 2)
    assert decided.is_date and decided.number_format == "DD.MM.YYYY"


def test_control_characters_xml_cannot_hold_are_left_out(tmp_path: Path) -> None:
    ws = _workspace()
    ws.use_cases[1].title = "Bell\x07 and null\x00 gone"
    out = tmp_path / "odd.xlsx"
    export_table(ws, What.REGISTER, out, tr=Translator("en"), language="en", today=TODAY)
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert sheet.cell(3, 1).value == "Bell and null gone"


def test_an_unknown_suffix_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="suffix"):
        export_table(_workspace(), What.REGISTER, tmp_path / "x.ods", tr=Translator("en"),
                     language="en", today=TODAY)
    assert not list(tmp_path.iterdir())


def test_a_failed_write_leaves_the_old_list_and_no_part_file(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "list.csv"
    out.write_text("old list")
    import leitplanken.report.atomic as atomic  # where every export's write goes through

    def broken(*_args: object, **_kw: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", broken)
    with pytest.raises(OSError):
        export_table(_workspace(), What.REGISTER, out, tr=Translator("en"), language="en",
                     today=TODAY)
    assert out.read_text() == "old list"
    assert [p.name for p in tmp_path.iterdir()] == ["list.csv"]


def test_progress_can_stop_the_export(tmp_path: Path) -> None:
    from leitplanken.report.options import Cancelled

    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        build_table(_workspace(), What.REGISTER, Translator("en"), "en", TODAY,
                    progress=lambda done, total: bool(seen.append((done, total))))
    assert seen == [(2, 2)]


def test_tab_separated_text_neutralises_and_keeps_one_line_per_row() -> None:
    text = tab_separated([["Title", "Note"], ["=cmd", "two\nlines\tand tab"]])
    assert text == "Title\tNote\r\n'=cmd\ttwo lines and tab\r\n"


def test_a_list_longer_than_an_excel_sheet_is_refused_before_writing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import leitplanken.report.table_export as te

    monkeypatch.setattr(te, "XLSX_MAX_ROWS", 3)  # the header and two rows
    out = tmp_path / "checks.xlsx"
    with pytest.raises(te.TooManyRows) as caught:
        export_table(_workspace(), What.CHECKLIST, out, tr=Translator("en"), language="en",
                     today=TODAY)
    assert caught.value.rows == sum(len(uc.checklist) for uc in _workspace().use_cases)
    assert not list(tmp_path.iterdir())
    export_table(_workspace(), What.REGISTER, out, tr=Translator("en"), language="en",
                 today=TODAY)  # two use cases fit
    assert out.exists()
