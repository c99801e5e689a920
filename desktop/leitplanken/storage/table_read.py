"""Reads a spreadsheet (CSV, TSV or XLSX) into header and rows of cells; nothing is interpreted.

The import's first step, without Qt: the encoding is detected (a byte-order mark, strict
UTF-8, else charset-normalizer among the encodings Windows and Mac spreadsheets write), the
separator from Excel's `sep=;` first line or `csv.Sniffer` checked against how evenly each
candidate splits the first rows, and the header row as the first row that is about as wide as
the table. Every choice can be given instead (the wizard's encoding/separator/header fields).

A record whose cells do not fit the header (a quote opened and never closed swallows the
lines after it) is reported with the line it starts on, and reading goes on with the next
line, so one broken line costs one row, not the rest of the file. A quote opened in the last
column keeps the width right; such a record is found by its unpaired quotes (the reader ran
to the end of the file inside it) or by inner lines that are rows of the full width.

XLSX is read with openpyxl in read-only mode, values as Excel last computed them (a formula's
result, never the formula). Before openpyxl sees the file, its zip directory is checked: a
member that unpacks to more than XLSX_MAX_UNPACKED_BYTES, or far more than it could
reasonably compress (a zip bomb), refuses the file before anything is unpacked.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from leitplanken.domain import limits

#: Upper bound for one cell, so a damaged file cannot exhaust memory (csv's default is 128 KiB).
MAX_FIELD = 1_000_000
#: Rows shown in the preview and used to find the separator and the header row.
PREVIEW_ROWS = 20
#: Separators tried, in the order of preference on a tie.
SEPARATORS = (";", ",", "\t", "|")
#: Encodings a table may be declared in (the wizard offers these; detection picks among them).
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1252", "iso-8859-15", "mac-roman", "cp850")

#: A cell value as read: text from CSV; from XLSX also numbers, truth values and dates.
Cell = str | int | float | bool | date | datetime | time


class TableReadError(ValueError):
    """The file is not a readable table (too large, not a spreadsheet, unreadable)."""

    def __init__(self, code: str, detail: str = "") -> None:
        """Keeps a stable code for the translated message and a technical detail."""
        super().__init__(code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class ReadOptions:
    """What the user chose instead of detection; None (or -1) lets the reader decide."""

    encoding: str | None = None
    separator: str | None = None
    header_row: int = -1  # 0-based index among the file's rows
    sheet: str | None = None


@dataclass
class TableRow:
    """One data row: the line (CSV) or row number (XLSX) it starts on, and its cells."""

    line: int
    cells: list[Cell]


@dataclass
class RawTable:
    """A table as read: what was detected, the header, the data rows and what could not be read."""

    kind: str  # "csv" or "xlsx"
    encoding: str
    separator: str
    header_row: int
    headers: list[str]
    rows: list[TableRow] = field(default_factory=list)
    #: (line, code, detail) of each row that could not be read ("broken_quote", "extra_cells").
    problems: list[tuple[int, str, str]] = field(default_factory=list)
    #: The first rows of the file as cells (before the header was chosen), for the preview.
    preview: list[list[str]] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)
    sheet: str = ""
    #: XLSX cells holding a formula without the value a spreadsheet program last computed
    #: (files written by scripts): they read as empty, and the user is told how many.
    formulas_without_value: int = 0
    #: XLSX: the row reading stopped at, after CSV_MAX_ROWS rows in a row were empty (formatted
    #: only); 0 when the whole sheet was read.
    stopped_at_row: int = 0
    #: XLSX: the last row with a value before reading stopped.
    last_filled_row: int = 0


def read_table(path: Path, options: ReadOptions | None = None) -> RawTable:
    """Reads a CSV/TSV/XLSX file; TableReadError when it is not such a table or too large."""
    opts = options or ReadOptions()
    raw = _read_limited(path)
    if not raw.strip():
        raise TableReadError("empty")
    if raw[:4] == b"PK\x03\x04":
        return _read_xlsx(path, raw, opts)
    if raw[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise TableReadError("old_excel")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        try:  # a workbook saved as text under the wrong name is read as the text it is
            return _read_csv(raw, opts)
        except TableReadError as exc:
            if exc.code in ("wrong_encoding", "not_csv", "no_header"):
                raise TableReadError("not_spreadsheet", path.suffix.lower()) from exc
            raise
    return _read_csv(raw, opts)


def _read_limited(path: Path) -> bytes:
    """The file's bytes; TableReadError("too_large") beyond CSV_MAX_BYTES, read no further."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(limits.CSV_MAX_BYTES + 1)
    except OSError as exc:
        raise TableReadError("unreadable", str(exc)) from exc
    if len(raw) > limits.CSV_MAX_BYTES:
        raise TableReadError("too_large", str(limits.CSV_MAX_BYTES // (1024 * 1024)))
    return raw


# -- CSV ----------------------------------------------------------------------------------


def detect_encoding(raw: bytes) -> str:
    """The encoding of a text table: BOM, then strict UTF-8, then charset-normalizer's best.

    TableReadError("not_csv") when the bytes are no text in any of them.
    """
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    # delayed: only tables that are not UTF-8 need it (it loads its models on import)
    from charset_normalizer import from_bytes

    matches = list(from_bytes(raw[:200_000], cp_isolation=["cp1252", "iso8859_15", "mac_roman", "cp850"]))
    if not matches:  # charset-normalizer finds no text in it
        raise TableReadError("not_csv", "no text in any encoding spreadsheets use")
    least = min(m.chaos for m in matches)
    # Windows Excel writes cp1252; it wins whenever it reads as cleanly as the best guess
    # (short German texts read as cleanly in cp850, which no spreadsheet program writes).
    for m in matches:
        if m.encoding == "cp1252" and m.chaos <= least + 0.02 and _decodes(raw, "cp1252"):
            return "cp1252"
    for m in sorted(matches, key=lambda m: m.chaos):
        name = {"iso8859_15": "iso-8859-15", "mac_roman": "mac-roman"}.get(m.encoding, m.encoding)
        if _decodes(raw, name):
            return name
    raise TableReadError("not_csv", "no text in any encoding spreadsheets use")


def _decodes(raw: bytes, encoding: str) -> bool:
    """Whether the whole text decodes in `encoding`."""
    try:
        raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _decode(raw: bytes, encoding: str) -> str:
    """The text in `encoding`; TableReadError when it does not decode (a wrong choice)."""
    try:
        text = raw.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise TableReadError("wrong_encoding", f"{encoding}: {exc}") from exc
    return text[1:] if text.startswith("\ufeff") else text


def _lines(text: str) -> list[str]:
    """Physical lines with their endings (csv needs them to join quoted multi-line cells)."""
    return text.splitlines(keepends=True)


def _sep_line(first: str) -> str | None:
    """Excel's `sep=;` first line: the separator it declares, or None."""
    stripped = first.strip().strip('"')
    if stripped.lower().startswith("sep=") and len(stripped) == 5:
        return stripped[4]
    return None


def _evenness(sample: list[str], sep: str) -> tuple[int, int]:
    """How well `sep` splits the sample: (rows with the most common width > 1, that width)."""
    widths: dict[int, int] = {}
    try:
        for row in csv.reader(sample, delimiter=sep):
            if row:
                widths[len(row)] = widths.get(len(row), 0) + 1
    except csv.Error:
        return (0, 0)
    if not widths:
        return (0, 0)
    width, count = max(widths.items(), key=lambda kv: (kv[1], kv[0]))
    return (count, width) if width > 1 else (0, width)


def detect_separator(sample: list[str]) -> str:
    """The separator of a table's first lines: csv.Sniffer's guess when it splits them evenly."""
    sniffed = None
    with contextlib.suppress(csv.Error):  # the Sniffer gives up on some tables: evenness decides
        sniffed = csv.Sniffer().sniff("".join(sample[:PREVIEW_ROWS]),
                                      delimiters="".join(SEPARATORS)).delimiter
    scores = {sep: _evenness(sample, sep) for sep in SEPARATORS}
    best = max(SEPARATORS, key=lambda sep: (scores[sep], sep == sniffed))
    if sniffed in scores and scores[sniffed] == scores[best]:
        return sniffed
    return best if scores[best][0] else ","


def _read_csv(raw: bytes, opts: ReadOptions) -> RawTable:
    """Reads a text table after choosing encoding and separator."""
    if b"\x00" in raw[:4096] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) \
            and (opts.encoding or "").replace("-", "").lower() not in ("utf16", "utf16le", "utf16be"):
        raise TableReadError("not_csv", "binary content")
    encoding = opts.encoding or detect_encoding(raw)
    text = _decode(raw, encoding)
    del raw  # the bytes are not needed beside the text
    if "\x00" in text[:4096]:
        raise TableReadError("not_csv", "binary content")
    lines = _lines(text)
    del text
    skip = 0
    declared = _sep_line(lines[0]) if lines else None
    if declared is not None:
        skip = 1
    separator = opts.separator or declared or detect_separator(lines[skip : skip + 200])
    csv.field_size_limit(MAX_FIELD)
    records, problems = _records(lines, skip, separator)
    preview = [[str(c) for c in r.cells] for r in records[:PREVIEW_ROWS]]
    header_at = opts.header_row if opts.header_row >= 0 else choose_header_row(preview)
    if header_at >= len(records):
        raise TableReadError("no_header")
    headers = _headers(records[header_at].cells)
    result = RawTable("csv", encoding.replace("-sig", "") if encoding == "utf-8-sig" else encoding,
                      separator, header_at, headers, preview=preview)
    width = len(headers)
    for rec in records[header_at + 1 :]:
        cells = rec.cells
        if len(cells) > width and any(str(c).strip() for c in cells[width:]):
            problems.append((rec.line, "extra_cells", f"{len(cells)} > {width}"))
            continue
        if not any(str(c).strip() for c in cells):
            continue  # an empty line between rows is no row
        result.rows.append(TableRow(rec.line, (cells + [""] * width)[:width]))
        if len(result.rows) > limits.CSV_MAX_ROWS:
            raise TableReadError("too_many_rows", str(limits.CSV_MAX_ROWS))
    result.problems = sorted(p for p in problems if p[0] > records[header_at].line)
    return result


def _records(lines: list[str], start: int, sep: str) -> tuple[list[TableRow], list[tuple[int, str, str]]]:
    """Every record with the line it starts on; a broken quote is reported and skipped.

    A record that runs over several lines but does not have the table's width (the width
    most of the first rows have) is a quote opened and never closed: it is reported with
    its first line, and reading starts again on the line after it.
    """
    records: list[TableRow] = []
    problems: list[tuple[int, str, str]] = []
    _count, width = _evenness(lines[start : start + 200], sep)
    index = start
    while index < len(lines):
        consumed = [index]
        reader = csv.reader(_feed(lines, index, consumed), delimiter=sep)
        restart = None
        begin = index
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:  # a NUL byte, a cell beyond MAX_FIELD
                problems.append((begin + 1, "unreadable_row", str(exc)))
                restart = begin + 1
                break
            end = consumed[0]
            if (end > begin and width > 1 and len(row) != width) or _swallowed(lines, begin, end, sep, width):
                problems.append((begin + 1, "broken_quote", f"{begin + 1}-{end + 1}"))
                restart = begin + 1
                break
            if len(row) > limits.CSV_MAX_COLUMNS:
                raise TableReadError("too_many_columns", str(limits.CSV_MAX_COLUMNS))
            records.append(TableRow(begin + 1, list(row)))
            if len(records) > limits.CSV_MAX_ROWS + PREVIEW_ROWS:
                raise TableReadError("too_many_rows", str(limits.CSV_MAX_ROWS))
            begin = end + 1
        if restart is None:
            break
        index = restart
    return records, problems


def _swallowed(lines: list[str], begin: int, end: int, sep: str, width: int) -> bool:
    """Whether a record over lines begin..end is a quote never closed rather than a cell with
    line breaks: it ends the file inside a quote, or two or more of its inner lines, read
    alone, are rows of the table's full width (a quote opened in the last column keeps the
    width right and would hide them)."""
    if end == len(lines) - 1:
        try:
            for _row in csv.reader(lines[begin:], delimiter=sep, strict=True):
                pass
        except csv.Error as exc:
            if "end of data" in str(exc):
                return True
    if end == begin:
        return False
    inner = [lines[i] for i in range(begin + 1, end + 1)]
    if len(inner) < 2:
        return False
    full = 0
    for line in inner:
        if '"' in line:
            continue  # a line with its own quotes is not read alone reliably
        cells = line.rstrip("\r\n").split(sep)
        full += len(cells) == width and bool(cells[0].strip())
    return full >= 2 and full * 2 >= len(inner)


def _feed(lines: list[str], first: int, consumed: list[int]) -> Iterator[str]:
    """Lines from `first` on, noting in consumed[0] how far csv has read."""
    for i in range(first, len(lines)):
        consumed[0] = i
        yield lines[i]


def choose_header_row(preview: list[list[str]]) -> int:
    """The first row about as wide as the table (a title line above the header is passed over)."""
    filled = [sum(1 for c in row if str(c).strip()) for row in preview]
    if not filled:
        return 0
    widest = max(filled)
    for i, count in enumerate(filled):
        if count >= max(1, widest * 0.6):
            return i
    return 0


def _headers(cells: list[Cell]) -> list[str]:
    """Header texts, trimmed; an empty or repeated header gets its column's number."""
    seen: dict[str, int] = {}
    headers = []
    for i, cell in enumerate(cells, start=1):
        text = " ".join(_text(cell).split())[:200] or f"#{i}"
        if text in seen:
            seen[text] += 1
            text = f"{text} ({seen[text]})"
        else:
            seen[text] = 1
        headers.append(text)
    return headers


def _text(cell: Cell | None) -> str:
    """A cell as text (header and preview only; values keep their type for the mapping)."""
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == time() else cell.isoformat(sep=" ")
    if isinstance(cell, (date, time)):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


# -- XLSX ---------------------------------------------------------------------------------


def check_zip(raw: bytes) -> None:
    """Refuses an XLSX whose parts would unpack to too much (checked from the zip directory)."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise TableReadError("not_xlsx", str(exc)) from exc
    total = 0
    for info in members:
        total += info.file_size
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > limits.XLSX_MAX_UNPACKED_BYTES or (
            info.file_size > 10 * 1024 * 1024 and ratio > limits.XLSX_MAX_RATIO
        ):
            raise TableReadError("xlsx_too_large", f"{info.filename}: {info.file_size} bytes")
    if total > limits.XLSX_MAX_UNPACKED_BYTES:
        raise TableReadError("xlsx_too_large", f"{total} bytes unpacked")


def _read_xlsx(path: Path, raw: bytes, opts: ReadOptions) -> RawTable:
    """Reads one sheet of a workbook (the first, or the one chosen) after the size checks."""
    check_zip(raw)
    # delayed: openpyxl costs start-up time and only XLSX imports need it
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        raise TableReadError("not_xlsx", f"{type(exc).__name__}: {exc}") from exc
    try:
        sheets = list(book.sheetnames)
        if opts.sheet is not None and opts.sheet not in sheets:
            raise TableReadError("no_sheet", ", ".join(f"“{s}”" for s in sheets))
        name = opts.sheet if opts.sheet is not None else sheets[0]
        sheet = book[name]
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # a forged dimension must not make every row 16,384 wide
        records: list[TableRow] = []
        filled = empty_run = stopped = last = 0
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_cell(v) for v in values[: limits.CSV_MAX_COLUMNS + 1]]
            if len(cells) > limits.CSV_MAX_COLUMNS and any(str(c) for c in cells[limits.CSV_MAX_COLUMNS:]):
                raise TableReadError("too_many_columns", str(limits.CSV_MAX_COLUMNS))
            while cells and cells[-1] == "":
                cells.pop()
            empty_run = 0 if cells else empty_run + 1
            if empty_run > limits.CSV_MAX_ROWS:
                stopped = number  # a million formatted rows would take seconds to pass over
                break
            if not cells and number > _KEEP_EMPTY_ROWS:
                continue  # a formatted but empty row is no row
            records.append(TableRow(number, cells))
            filled += bool(cells)
            last = number if cells else last
            if filled > limits.CSV_MAX_ROWS + PREVIEW_ROWS:
                raise TableReadError("too_many_rows", str(limits.CSV_MAX_ROWS))
        formulas = _formulas_without_value(raw, getattr(sheet, "_worksheet_path", ""))
    except TableReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged sheet inside a valid zip
        raise TableReadError("not_xlsx", f"{type(exc).__name__}: {exc}") from exc
    finally:
        book.close()
    preview = [[_text(c) for c in r.cells] for r in records[:PREVIEW_ROWS]]
    header_at = opts.header_row if opts.header_row >= 0 else choose_header_row(preview)
    if header_at >= len(records):
        raise TableReadError("no_header")
    headers = _headers(records[header_at].cells)
    width = len(headers)
    result = RawTable("xlsx", "", "", header_at, headers, preview=preview, sheets=sheets, sheet=name,
                      formulas_without_value=formulas, stopped_at_row=stopped,
                      last_filled_row=last)
    for rec in records[header_at + 1 :]:
        cells = rec.cells
        if len(cells) > width and any(_text(c).strip() for c in cells[width:]):
            result.problems.append((rec.line, "extra_cells", f"{len(cells)} > {width}"))
            continue
        if not any(_text(c).strip() for c in cells):
            continue
        result.rows.append(TableRow(rec.line, (cells + [""] * width)[:width]))
    return result


#: Empty rows kept at the top of a sheet, so a header row given by number stays that row.
_KEEP_EMPTY_ROWS = 1_000

#: A formula cell with no computed value: <f>…</f> (or a shared <f …/>) and no or an empty <v>.
_FORMULA_NO_VALUE = re.compile(rb"<f\b[^>]*?(?:/>|>[^<]*</f>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>")


def _formulas_without_value(raw: bytes, member: str) -> int:
    """How many formula cells of a sheet carry no computed value (read in pieces, as the zip
    directory was already checked; 0 when the sheet's part cannot be found)."""
    if not member:
        return 0
    count = 0
    tail = b""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive, archive.open(member.lstrip("/")) as part:
            while chunk := part.read(1 << 20):
                data = tail + chunk
                cut = data.rfind(b"</c>") + 4 if b"</c>" in data else 0
                count += len(_FORMULA_NO_VALUE.findall(data[:cut]))
                tail = data[cut:][-100_000:]
    except (KeyError, zipfile.BadZipFile, OSError, ValueError):
        return 0
    return count


def _cell(value: object) -> Cell:
    """An openpyxl value as a cell: None is empty, long text is cut at MAX_FIELD."""
    if value is None:
        return ""
    if isinstance(value, (bool, int, float, datetime, date, time)):
        return value
    text = str(value)
    return text[:MAX_FIELD]
