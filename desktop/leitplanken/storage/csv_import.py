"""Reads AI use cases from a CSV file: another tool's inventory or a spreadsheet the owner kept.

Understands the public US federal AI use case inventory (columns like `2_use_case_name`,
`11_purpose_benefits`, `16_dev_stage`) and plain tables with English or German headers
(title/Titel, problem/Problem, …). Rows without a title are skipped and reported, never
guessed. Nothing here writes: the caller stores the result in one transaction.

Limits (domain/limits.py): a file beyond CSV_MAX_BYTES or CSV_MAX_ROWS is refused with the
limit named, before its rows are converted; a value longer than its field holds is cut and
listed in ImportResult.cut, which the import's question shows, never silently.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from leitplanken.domain import fields as decl
from leitplanken.domain import limits
from leitplanken.domain.model import RiskClass, Status, UseCase

#: Upper bound for one cell, so a damaged file cannot exhaust memory (csv's default is 128 KiB).
MAX_FIELD = 1_000_000

_STAGE = {
    "planned": Status.IDEA,
    "initiated": Status.IDEA,
    "acquisition and/or development": Status.EVALUATION,
    "implementation and assessment": Status.PILOT,
    "operation and maintenance": Status.OPERATION,
    "in production": Status.OPERATION,
    "in mission": Status.OPERATION,
    "retired": Status.STOPPED,
}

# Header aliases of a plain table, English and German, lower-case; a new key needs its line in
# _plain_row.
_PLAIN = {
    "title": ("title", "titel", "name", "use case", "anwendungsfall"),
    "problem": ("problem", "concrete problem", "konkretes problem"),
    "relief_customers": ("relief for customers", "entlastung für kundschaft", "entlastung kunden"),
    "relief_employees": ("relief for employees", "entlastung für mitarbeitende", "entlastung mitarbeitende"),
    "boundary": ("boundary", "grenze", "grenze zwischen automatisierung und mensch"),
    "tool": ("tool", "provider", "anbieter", "werkzeug"),
    "status": ("status",),
    "tags": ("tags", "schlagwörter", "stichworte"),
}

_STATUS_WORDS = {
    "idea": Status.IDEA, "idee": Status.IDEA,
    "evaluation": Status.EVALUATION, "prüfung": Status.EVALUATION,
    "pilot": Status.PILOT,
    "regular operation": Status.OPERATION, "operation": Status.OPERATION, "regelbetrieb": Status.OPERATION,
    "paused": Status.PAUSED, "pausiert": Status.PAUSED,
    "stopped": Status.STOPPED, "eingestellt": Status.STOPPED,
}


@dataclass
class ImportResult:
    """What a CSV file yielded: use cases to store and rows that were left out, with why."""

    use_cases: list[UseCase] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    encoding: str = "utf-8"
    #: (row number, field name) of each value that was longer than its field holds and was cut.
    cut: list[tuple[int, str]] = field(default_factory=list)


class CsvImportError(ValueError):
    """The file is not a table of use cases (wrong format, no title column, unreadable)."""

    def __init__(self, code: str, detail: str = "") -> None:
        """Keeps a stable code for the translated message and a technical detail."""
        super().__init__(code)
        self.code = code
        self.detail = detail


def _decode(raw: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM) first; Windows spreadsheets often save cp1252."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding), encoding.replace("-sig", "")
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1"), "latin-1"


def _clean(value: str | None) -> str:
    """Trims a cell and drops NUL and other control characters except line breaks and tabs."""
    if not value:
        return ""
    return "".join(ch for ch in value.strip() if ch in "\n\t" or ch >= " " or ch == "\r").replace("\r\n", "\n")


def _us_date(value: str) -> date | None:
    """Parses the inventory's m/d/yyyy dates; anything else is left out rather than guessed."""
    for pattern in ("%m/%d/%Y", "%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(value.strip(), pattern).date()
        except ValueError:
            continue
    return None


def _inventory_row(row: dict[str, str]) -> UseCase:
    """Maps one row of the US federal inventory onto a use case."""
    get = lambda key: _clean(row.get(key))  # noqa: E731 - local shorthand
    impact = get("17_impact_type").lower()
    pii = get("29_contains_pii").lower()
    stage = _STAGE.get(get("16_dev_stage").lower(), Status.IDEA)
    initiated = _us_date(get("18_date_initiated")) or date(2024, 1, 1)
    tags = [t for t in (get("3_abr"), get("4_bureau"), get("8_topic_area")) if t]
    return UseCase(
        title=get("2_use_case_name"),
        problem=get("11_purpose_benefits"),
        relief_employees=get("12_outputs"),
        boundary=get("57_autonomous_impact") or get("65_appeal_process"),
        customer_facing=get("26_public_service").lower().startswith("yes"),
        status=stage,
        tool=get("41_system_name") or get("22_dev_method"),
        personal_data=pii == "yes",
        personal_data_which=get("33_agency_data") if pii == "yes" else "",
        risk_class=RiskClass.HIGH if ("rights" in impact or "safety" in impact or impact == "both") else (
            RiskClass.MINIMAL if impact == "neither" else RiskClass.UNCLEAR
        ),
        created_on=initiated,
        pilot_start=_us_date(get("19_date_acq_dev_began")) if stage is Status.PILOT else None,
        go_live=_us_date(get("20_date_implemented")),
        tags=tags,
    )


def _plain_row(row: dict[str, str], columns: dict[str, str]) -> UseCase:
    """Maps one row of a plain table whose headers were recognised."""
    values = {name: _clean(row.get(header)) for name, header in columns.items()}
    # A column the table lacks reads as "", which is also each of these fields' default.
    text = lambda name: values.get(name, "")  # noqa: E731 - local shorthand
    status = _STATUS_WORDS.get(text("status").lower(), Status.IDEA)
    tags = [t.strip() for t in text("tags").replace(";", ",").split(",") if t.strip()]
    return UseCase(
        title=text("title"),
        problem=text("problem"),
        relief_customers=text("relief_customers"),
        relief_employees=text("relief_employees"),
        boundary=text("boundary"),
        tool=text("tool"),
        status=status,
        tags=tags,
    )


def _fit(uc: UseCase, number: int, result: ImportResult) -> None:
    """Cuts each value to its field's limit and notes where it did (shown before importing)."""
    for f in decl.record_type(UseCase).fields:
        value = getattr(uc, f.name)
        if f.kind is decl.Kind.TAGS:
            fitted: object = limits.cut_tags(value)
        elif isinstance(value, str):
            fitted = limits.cut_text(f, value)
        else:
            continue
        if fitted != value:
            setattr(uc, f.name, fitted)
            result.cut.append((number, f.name))


def _read_limited(path: Path) -> bytes:
    """The file's bytes; CsvImportError("too_large") beyond CSV_MAX_BYTES, read no further."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(limits.CSV_MAX_BYTES + 1)
    except OSError as exc:
        raise CsvImportError("unreadable", str(exc)) from exc
    if len(raw) > limits.CSV_MAX_BYTES:
        raise CsvImportError("too_large", str(limits.CSV_MAX_BYTES // (1024 * 1024)))
    return raw


def read_use_cases(path: Path, limit: int | None = None) -> ImportResult:
    """Reads a CSV file into use cases (the first `limit` rows when given).

    Raises CsvImportError when the file is not such a table or is beyond the import's limits.
    """
    try:
        return _read(path, limit)
    except csv.Error as exc:  # e.g. an unterminated quote in the header, a NUL byte
        raise CsvImportError("not_csv", str(exc)) from exc


def _read(path: Path, limit: int | None) -> ImportResult:
    """read_use_cases without the translation of the csv module's errors."""
    raw = _read_limited(path)
    if not raw.strip():
        raise CsvImportError("empty")
    text, encoding = _decode(raw)
    del raw  # the bytes are not needed beside the text
    if "\x00" in text[:4096]:
        raise CsvImportError("not_csv", "binary content")
    # The header line decides the delimiter; sniffing whole samples misreads quoted multi-line cells.
    end = text.find("\n")
    first_line = text if end < 0 else text[:end]  # not split(): that would copy the whole file
    delimiter = max(",;\t", key=first_line.count)
    csv.field_size_limit(MAX_FIELD)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers = [h.strip() for h in (reader.fieldnames or [])]
    reader.fieldnames = headers
    result = ImportResult(encoding=encoding)
    if "2_use_case_name" in headers:
        convert = _inventory_row
    else:
        lower = {h.lower(): h for h in headers}
        columns = {
            name: lower[alias] for name, aliases in _PLAIN.items() for alias in aliases if alias in lower
        }
        if "title" not in columns:
            raise CsvImportError("no_title_column", ", ".join(headers[:10]))
        convert = lambda row: _plain_row(row, columns)  # noqa: E731
    for number, row in enumerate(reader, start=2):
        if limit is not None and number - 2 >= limit:
            break
        if number - 1 > limits.CSV_MAX_ROWS:
            raise CsvImportError("too_many_rows", str(limits.CSV_MAX_ROWS))
        if None in row:  # more cells than headers: a quote went astray or the file is not a table
            row.pop(None)
        use_case = convert(row)
        if not use_case.title:
            result.skipped.append((number, "no_title"))
            continue
        _fit(use_case, number, result)
        result.use_cases.append(use_case)
    return result
