"""Lists for spreadsheets: the register, the RACI matrices, the checklists and the decision log.

A board member without the app wants a list, and an owner wants the register back in Excel.
`build_table` turns the workspace into a plain table (readable column titles in the chosen
language, enum values as words, dates as dates, amounts as numbers); `write_csv` and
`write_xlsx` put it on disk. Both neutralise formula injection: a text cell starting with
= + - @, a tab or a carriage return is never a formula in the spreadsheet that opens it
(docs/EXPORT.md). No Qt widgets here; the window and the CLI call `export_table`.
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

from leitplanken.domain.catalogue import activity_label, is_swiss, item_label, swiss_text
from leitplanken.domain.fields import Kind, record_type
from leitplanken.domain.model import (
    ChecklistItem,
    Decision,
    Letter,
    RaciCell,
    Status,
    UseCase,
    Workspace,
)
from leitplanken.domain.pilot import is_pilot_trap, pilot_trap_days
from leitplanken.domain.readiness import readiness
from leitplanken.i18n.fmt import Formatter
from leitplanken.i18n.labels import ENUM_LABELS, field_label, yes_no
from leitplanken.i18n.translator import Translates, fill
from leitplanken.report.atomic import write_through_temp
from leitplanken.report.options import Cancelled

#: A cell: text, a number (kept a number), a date, or empty.
Cell = str | int | Decimal | date | None

_CONTEXT = "TableExport"


class What(StrEnum):
    """Which list is exported."""

    REGISTER = "register"
    RACI = "raci"
    CHECKLIST = "checklist"
    DECISIONS = "decisions"


class Dialect(StrEnum):
    """The CSV flavour: German Excel (semicolon, decimal comma) or every other (comma, point)."""

    EXCEL_DE = "excel-de"
    COMMA = "comma"


class Format(StrEnum):
    """The file format, chosen by the file's suffix."""

    CSV = "csv"
    XLSX = "xlsx"


class ColumnKind(StrEnum):
    """How a column's cells are written: as text, a number, an amount or a date."""

    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"
    MONEY = "money"
    DATE = "date"


@dataclass(frozen=True)
class Column:
    """One column: its title as people read it, how its cells are written, its usual width."""

    title: str
    kind: ColumnKind = ColumnKind.TEXT
    width: int = 18  # characters, for the XLSX column width
    #: The declared use-case field the column shows ("" for a derived one), for re-importing.
    field: str = ""


@dataclass
class Table:
    """A list ready to be written: columns and rows of plain cells."""

    what: What
    columns: list[Column]
    #: The sheet's name in the export language (an XLSX tab).
    sheet: str = ""
    rows: list[list[Cell]] = field(default_factory=list)


@dataclass(frozen=True)
class ExportResult:
    """What was written: where, how many data rows, how many bytes."""

    path: Path
    rows: int
    size: int


#: Rows an Excel sheet holds, the header included (Excel's own limit since 2007).
XLSX_MAX_ROWS = 1_048_576


class TooManyRows(ValueError):
    """A list longer than an Excel sheet holds: it is written as CSV instead."""

    def __init__(self, rows: int) -> None:
        """Remembers how many data rows the list has."""
        super().__init__(f"{rows} rows, an Excel sheet holds {XLSX_MAX_ROWS - 1} below its header")
        self.rows = rows


#: The first characters that make a spreadsheet read a cell as a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(text: str) -> bool:
    """Whether a spreadsheet would treat this text as (the start of) a formula."""
    return text.startswith(FORMULA_STARTS)


def neutral_csv_text(text: str) -> str:
    """Text for a CSV cell: a formula-like value gets a leading apostrophe, so Excel shows it."""
    return "'" + text if is_formula_like(text) else text


def dialect_for_language(language: str) -> Dialect:
    """The CSV default of a language: German Excel for German (also Swiss), comma otherwise."""
    return Dialect.EXCEL_DE if language.replace("-", "_").lower().startswith("de") else Dialect.COMMA


def mapping_path(list_path: Path) -> Path:
    """Where the window puts a register list's import mapping: beside it, "LIST.csv.mapping.json".

    The import looks there first (docs/IMPORT.md), and a CSV and an XLSX of the same name
    keep a mapping each (their separators and decimal marks differ).
    """
    return list_path.with_name(list_path.name + ".mapping.json")


def format_of(path: Path) -> Format | None:
    """The format a file name asks for (.csv or .xlsx), None for any other suffix."""
    suffix = path.suffix.lower().lstrip(".")
    return Format(suffix) if suffix in (f.value for f in Format) else None


# -- building the tables ----------------------------------------------------------------------


class _Words:
    """Translated words and labels of one export language (Swiss spelling where asked)."""

    def __init__(self, tr: Translates, language: str) -> None:
        """Remembers the translator and whether the language is Swiss German."""
        self.tr = tr
        self.language = language
        self.swiss = is_swiss(language)

    def say(self, source: str) -> str:
        """A string of this module in the export language."""
        return self.tr.translate(_CONTEXT, source)

    def label(self, cls: type, name: str) -> str:
        """A declared field's label."""
        return field_label(cls, name, self.tr)

    def enum(self, value: Enum) -> str:
        """An enum value as a word."""
        return ENUM_LABELS[type(value)](value, self.tr)

    def yes_no(self, value: bool) -> str:
        """Yes or No."""
        return yes_no(value, self.tr)

    def catalogue(self, text: str) -> str:
        """A catalogue text in Swiss spelling when the export is Swiss German."""
        return swiss_text(text) if self.swiss else text


_KIND_COLUMNS = {
    Kind.MONEY: ColumnKind.MONEY, Kind.NUMBER: ColumnKind.NUMBER,
    Kind.INTEGER: ColumnKind.INTEGER, Kind.DATE: ColumnKind.DATE,
}
_KIND_WIDTHS = {Kind.TEXT: 40, Kind.LINE: 28, Kind.DATE: 12, Kind.MONEY: 14, Kind.NUMBER: 12,
                Kind.FLAG: 10, Kind.ENUM: 16, Kind.TAGS: 24, Kind.REF: 22}


def _declared_cell(ws: Workspace, kind: Kind, value: Any, words: _Words) -> Cell:
    """A stored value as a cell: words for enums and flags, names for people, lists joined."""
    if value is None:
        return None
    if kind is Kind.ENUM:
        return words.enum(value)
    if kind is Kind.FLAG:
        return words.yes_no(bool(value))
    if kind is Kind.REF:
        person = ws.person(value)
        return person.name if person is not None else ""
    if kind is Kind.TAGS:
        return ", ".join(value)
    if kind in (Kind.MONEY, Kind.NUMBER):
        return Decimal(value)
    if kind in (Kind.INTEGER, Kind.DATE):
        return value
    return str(value)


def _register(ws: Workspace, words: _Words, today: date,
              tick: Callable[[], None]) -> Table:
    """One row per use case: every declared field, then what the register derives."""
    currency = ws.company.currency or "CHF"
    declared = record_type(UseCase).fields
    columns: list[Column] = []
    for f in declared:
        title = words.label(UseCase, f.name)
        if f.kind is Kind.MONEY:
            title = fill("%1 (%2)", title, currency)
        columns.append(Column(title, _KIND_COLUMNS.get(f.kind, ColumnKind.TEXT),
                              48 if f.name == "title" else _KIND_WIDTHS.get(f.kind, 18),
                              f.name))
    columns += [
        Column(words.say("Systems"), width=30),
        Column(words.say("Accountable (A)"), width=28),
        Column(words.say("Readiness criteria met"), ColumnKind.INTEGER, 12),
        Column(words.say("Readiness criteria"), ColumnKind.INTEGER, 12),
        Column(words.say("Ready for regular operation"), width=12),
        Column(words.say("Days in pilot without a decision"), ColumnKind.INTEGER, 14),
        Column(words.say("Pilot trap"), width=10),
    ]
    table = Table(What.REGISTER, columns, words.say("Use cases"))
    threshold = ws.company.pilot_trap_days
    people = ws.people_by_uuid()
    for uc in ws.use_cases:
        row: list[Cell] = [_declared_cell(ws, f.kind, getattr(uc, f.name), words)
                           for f in declared]
        ready = readiness(uc, people)
        row += [
            _systems(ws, uc, words),
            _accountable(ws, uc),
            ready.done,
            ready.total,
            words.yes_no(ready.ready),
            pilot_trap_days(uc, today),
            words.yes_no(is_pilot_trap(uc, today, threshold)) if uc.status == Status.PILOT else "",
        ]
        table.rows.append(row)
        tick()
    return table


def _systems(ws: Workspace, uc: UseCase, words: _Words) -> str:
    """The systems the use case touches, each with how: "CRM (Automated), E-Mail (Manual …)"."""
    names = {s.uuid: s.name for s in ws.systems}
    return ", ".join(fill("%1 (%2)", names.get(link.system_uuid, "?"), words.enum(link.integration))
                     for link in uc.systems)


def _accountable(ws: Workspace, uc: UseCase) -> str:
    """The names holding an A in the use case's matrix, each once, in matrix order."""
    names: list[str] = []
    for cell in uc.cells:
        if Letter(cell.letter) is Letter.A:
            person = ws.person(cell.person_uuid)
            name = person.name if person is not None else ""
            if name and name not in names:
                names.append(name)
    return ", ".join(names)


def _raci(ws: Workspace, words: _Words, tick: Callable[[], None]) -> Table:
    """One row per use case × activity × person holding a letter."""
    columns = [
        Column(words.label(UseCase, "title"), width=40),
        Column(words.label(UseCase, "status"), width=16),
        Column(words.say("Activity"), width=40),
        Column(words.label(RaciCell, "person_uuid"), width=24),
        Column(words.say("Function"), width=20),
        Column(words.say("Internal or external"), width=14),
        Column(words.say("Letter"), width=8),
        Column(words.say("Meaning"), width=36),
    ]
    table = Table(What.RACI, columns, words.say("Responsibility matrices"))
    for uc in ws.use_cases:
        activities = sorted(uc.activities, key=lambda a: a.sort)
        order = {m.person_uuid: m.sort for m in uc.members}
        for activity in activities:
            cells = [c for c in uc.cells if c.activity_uuid == activity.uuid]
            cells.sort(key=lambda c: (order.get(c.person_uuid, len(order)), c.person_uuid))
            for cell in cells:
                person = ws.person(cell.person_uuid)
                letter = Letter(cell.letter)
                table.rows.append([
                    uc.title, words.enum(uc.status),
                    words.catalogue(activity_label(activity, words.language)),
                    person.name if person is not None else "",
                    person.function if person is not None else "",
                    (words.say("internal") if person.internal else words.say("external"))
                    if person is not None else "",
                    letter.value, words.enum(letter).partition(" – ")[2] or words.enum(letter),
                ])
        tick()
    return table


def _checklist(ws: Workspace, words: _Words, tick: Callable[[], None]) -> Table:
    """One row per use case × checklist item, in category order."""
    names = ("category", "state", "owner_uuid", "due_date", "na_reason", "note", "evidence",
             "required", "enabled")
    columns = [
        Column(words.label(UseCase, "title"), width=40),
        Column(words.label(UseCase, "status"), width=16),
        Column(words.label(ChecklistItem, "category"), width=22),
        Column(words.say("Item"), width=48),
    ] + [Column(words.label(ChecklistItem, n),
                ColumnKind.DATE if n == "due_date" else ColumnKind.TEXT,
                12 if n in ("due_date", "required", "enabled") else 24) for n in names[1:]]
    table = Table(What.CHECKLIST, columns, words.say("Integration checklists"))
    rt = record_type(ChecklistItem)
    categories = {c: i for i, c in enumerate(type(ChecklistItem().category))}
    for uc in ws.use_cases:
        items = sorted(uc.checklist, key=lambda i: (categories[i.category], i.sort))
        for item in items:
            row: list[Cell] = [uc.title, words.enum(uc.status), words.enum(item.category),
                               words.catalogue(item_label(item, words.language))]
            row += [_declared_cell(ws, rt.field(n).kind, getattr(item, n), words)
                    for n in names[1:]]
            table.rows.append(row)
        tick()
    return table


def _decisions(ws: Workspace, words: _Words, tick: Callable[[], None]) -> Table:
    """The decision log: one row per entry, oldest first per use case."""
    names = ("decided_on", "kind", "rationale", "conditions", "deciders", "next_review",
             "corrects_uuid", "readiness_override", "recorded_at", "author")
    rt = record_type(Decision)
    columns = [Column(words.label(UseCase, "title"), width=40)]
    for n in names:
        kind = rt.field(n).kind
        columns.append(Column(words.label(Decision, n), _KIND_COLUMNS.get(kind, ColumnKind.TEXT),
                              _KIND_WIDTHS.get(kind, 20)))
    table = Table(What.DECISIONS, columns, words.say("Decision log"))
    for uc in ws.use_cases:
        by_uuid = {d.uuid: d for d in uc.decisions}
        for entry in sorted(uc.decisions, key=lambda d: (d.decided_on, d.recorded_at)):
            row: list[Cell] = [uc.title]
            for n in names:
                if n == "corrects_uuid":
                    row.append(_corrected(by_uuid.get(entry.corrects_uuid or ""), words))
                else:
                    row.append(_declared_cell(ws, rt.field(n).kind, getattr(entry, n), words))
            table.rows.append(row)
        tick()
    return table


def _corrected(entry: Decision | None, words: _Words) -> str:
    """The entry a correction refers to, as people find it in the log: kind and date."""
    if entry is None:
        return ""
    return fill("%1 (%2)", words.enum(entry.kind), entry.decided_on.isoformat())


def build_table(ws: Workspace, what: What, tr: Translates, language: str, today: date,
                progress: Callable[[int, int], bool] | None = None) -> Table:
    """The chosen list of a workspace in a language; `progress` False stops it (Cancelled)."""
    words = _Words(tr, language)
    total = len(ws.use_cases)
    done = 0

    def tick() -> None:
        """Reports one use case done; raises Cancelled when the caller says stop."""
        nonlocal done
        done += 1
        if progress is not None and (done % 50 == 0 or done == total) and not progress(done, total):
            raise Cancelled

    if what is What.REGISTER:
        return _register(ws, words, today, tick)
    if what is What.RACI:
        return _raci(ws, words, tick)
    if what is What.CHECKLIST:
        return _checklist(ws, words, tick)
    return _decisions(ws, words, tick)


# -- writing ------------------------------------------------------------------------------


def _plain_number(value: Decimal | int, places: int | None, comma: bool) -> str:
    """A number as a spreadsheet reads it: no group marks, the dialect's decimal mark.

    Group marks are left out on purpose: the Swiss ’ or a German "." would make many
    spreadsheets read the cell as text, and "1.200" as one point two.
    """
    number = Decimal(value)
    text = f"{number:.{places}f}" if places is not None else format(number.normalize(), "f")
    if text.startswith("-") and not number:
        text = text[1:]  # "-0.00" is no amount anyone means
    return text.replace(".", ",") if comma else text


def _csv_cell(value: Cell, kind: ColumnKind, dialect: Dialect, fmt: Formatter) -> str:
    """One cell of a CSV file."""
    if value is None:
        return ""
    comma = dialect is Dialect.EXCEL_DE
    if isinstance(value, date):
        # German Excel reads its own day-first form; every other reads ISO 8601 unambiguously
        return fmt.date(value) if comma else value.isoformat()
    if isinstance(value, bool):  # not expected (flags are words); never written as 1/0
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        return _plain_number(value, 2 if kind is ColumnKind.MONEY else None, comma)
    return neutral_csv_text(str(value))


def _atomic_write(path: Path, write: Callable[[Any], None], binary: bool) -> int:
    """Writes through a temporary file beside `path` and renames it: never a half file."""
    if binary:
        write_through_temp(path, write)
    else:
        write_through_temp(path, write, mode="w", encoding="utf-8-sig", newline="")
    return path.stat().st_size


def csv_rows(table: Table, dialect: Dialect, language: str) -> Iterator[list[str]]:
    """The CSV's rows as text: the header first (titles neutralised like any cell)."""
    fmt = Formatter("de_CH" if is_swiss(language) else "de_DE")
    yield [neutral_csv_text(c.title) for c in table.columns]
    kinds = [c.kind for c in table.columns]
    for row in table.rows:
        yield [_csv_cell(v, k, dialect, fmt) for v, k in zip(row, kinds, strict=True)]


def write_csv(table: Table, path: Path, dialect: Dialect, language: str) -> int:
    """Writes UTF-8 with BOM, CRLF, `;` or `,` by dialect, every text quoted as needed; bytes."""
    delimiter = ";" if dialect is Dialect.EXCEL_DE else ","

    def write(out: Any) -> None:
        """All rows through the csv module (quotes around separators, quotes and newlines)."""
        writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n",
                            quoting=csv.QUOTE_MINIMAL)
        writer.writerows(csv_rows(table, dialect, language))

    return _atomic_write(path, write, binary=False)


#: XLSX number formats per column kind (Excel shows them in the reader's own separators).
_XLSX_FORMATS = {ColumnKind.MONEY: "#,##0.00", ColumnKind.NUMBER: "#,##0.####",
                 ColumnKind.INTEGER: "0"}


def _xlsx_date_format(language: str) -> str:
    """Day-first for German, ISO for English (a US and a UK reader both read it right)."""
    return "DD.MM.YYYY" if language.replace("-", "_").lower().startswith("de") else "YYYY-MM-DD"


def write_xlsx(table: Table, path: Path, language: str,
               progress: Callable[[int, int], bool] | None = None) -> int:
    """Writes one sheet: bold frozen header, auto-filter, widths, typed cells; bytes written.

    `progress(rows written, rows)` is asked every 1,000 rows; False stops it (Cancelled).
    """
    # delayed: openpyxl costs ~100 ms to import; only an XLSX export needs it
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(_sheet_title(table))
    count = len(table.columns)
    for i, column in enumerate(table.columns, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = column.width
    sheet.freeze_panes = "B2" if table.what is What.REGISTER else "A2"
    last = get_column_letter(max(count, 1))
    sheet.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"
    bold = Font(bold=True)
    date_format = _xlsx_date_format(language)

    def text_cell(text: str, font: Font | None = None) -> Any:
        """A cell that is always a string, never a formula, even when it starts with "="."""
        text = ILLEGAL_CHARACTERS_RE.sub("", text)  # control characters XML cannot hold
        if font is None and not is_formula_like(text):
            return text  # openpyxl writes a plain text as a string; a styled cell costs more
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"
        if is_formula_like(text):
            cell.quotePrefix = True  # Excel keeps it text when the cell is edited
        if font is not None:
            cell.font = font
        return cell

    def typed_cell(value: Cell, kind: ColumnKind) -> Any:
        """Numbers as numbers, dates as dates (with a format), texts as strings."""
        if value is None:
            return None
        if isinstance(value, date):
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = date_format
            return cell
        if isinstance(value, int | Decimal) and not isinstance(value, bool):
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = _XLSX_FORMATS.get(kind, "General")
            return cell
        return text_cell(str(value))

    sheet.append([text_cell(c.title, bold) for c in table.columns])
    kinds = [c.kind for c in table.columns]
    total = len(table.rows)
    try:
        for done, row in enumerate(table.rows, start=1):
            sheet.append([typed_cell(v, k) for v, k in zip(row, kinds, strict=True)])
            if progress is not None and done % 1000 == 0 and not progress(done, total):
                raise Cancelled
        return _atomic_write(path, book.save, binary=True)
    except BaseException:
        with contextlib.suppress(Exception):
            sheet.close()  # its half-written temporary file goes now, not at garbage collection
        raise


def _sheet_title(table: Table) -> str:
    """The sheet's tab name within Excel's 31 characters, without the characters it refuses."""
    title = "".join(" " if ch in "[]:*?/\\" else ch for ch in table.sheet).strip()
    return (title or table.what.value)[:31]


def export_table(ws: Workspace, what: What, path: Path, *, tr: Translates, language: str,
                 today: date, dialect: Dialect | None = None,
                 progress: Callable[[int, int], bool] | None = None) -> ExportResult:
    """Builds the list and writes it as CSV or XLSX (by the suffix); ValueError for another one.

    `progress(done, total)` reports use cases while building, then rows while writing XLSX.
    """
    form = format_of(path)
    if form is None:
        raise ValueError(f"unsupported suffix: {path.suffix}")
    table = build_table(ws, what, tr, language, today, progress)
    if form is Format.XLSX:
        if len(table.rows) + 1 > XLSX_MAX_ROWS:
            raise TooManyRows(len(table.rows))  # Excel would cut the sheet, or refuse the file
        size = write_xlsx(table, path, language, progress)
    else:
        size = write_csv(table, path, dialect or dialect_for_language(language), language)
    return ExportResult(path, len(table.rows), size)


def tab_separated(rows: Iterable[list[str]]) -> str:
    """Rows as tab-separated text for the clipboard (Excel and Word paste it as a table).

    Tabs and line breaks inside a cell would break the grid, so they become spaces.
    """
    lines = []
    for row in rows:
        lines.append("\t".join(neutral_csv_text(" ".join(str(c).replace("\t", " ").splitlines()))
                               for c in row))
    return "\r\n".join(lines) + "\r\n"
