"""Importing use cases from a spreadsheet: the file side (reading, mappings on disk, writing).

storage/table_read.py reads CSV, TSV and XLSX into header and rows; domain/import_mapping.py
suggests which column becomes which field; domain/import_build.py makes the use cases. This
module ties them together for the window and the CLI, reads and writes mapping files, and
writes an import into a workspace in one transaction with one history entry per use case.

A saved mapping is found for a file when it names every column of the file's header (the
user's own, beside the table as TABLE.mapping.json, or one shipped in resources/mappings/ as
an example). Nothing here knows any inventory's column names: the 2024 federal inventory's
mapping is one of those data files.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from leitplanken.domain import fields as decl
from leitplanken.domain import import_build as ib
from leitplanken.domain import import_mapping as im
from leitplanken.domain import limits
from leitplanken.domain.catalogue import seed_use_case
from leitplanken.domain.model import Person, UseCase
from leitplanken.paths import resources_dir
from leitplanken.storage.table_read import (
    ENCODINGS,
    SEPARATORS,
    RawTable,
    ReadOptions,
    TableReadError,
    TableRow,
    read_table,
)
from leitplanken.storage.workspace_file import WorkspaceFile

#: The error every reading problem raises (its code names the problem for the message).
CsvImportError = TableReadError

#: A mapping saved beside a table is named TABLE.mapping.json.
MAPPING_SUFFIX = ".mapping.json"

__all__ = [
    "ENCODINGS",
    "SEPARATORS",
    "CsvImportError",
    "ImportResult",
    "RawTable",
    "ReadOptions",
    "TableRow",
    "build_import",
    "load_mapping",
    "options_of",
    "read_table",
    "read_use_cases",
    "save_mapping",
    "saved_mapping_for",
    "write_import",
]


@dataclass
class ImportResult:
    """What a spreadsheet yields by a mapping: use cases, new people, and what to tell the user."""

    use_cases: list[UseCase] = field(default_factory=list)
    new_people: list[Person] = field(default_factory=list)
    #: (line, reason code) of each row left out.
    skipped: list[tuple[int, str]] = field(default_factory=list)
    encoding: str = "utf-8"
    #: (line, field name) of each value that was cut to its field's limit.
    cut: list[tuple[int, str]] = field(default_factory=list)
    build: ib.BuildResult | None = None
    table: RawTable | None = None
    mapping: im.Mapping | None = None
    #: The currency amounts were read in (another one is kept in the notes, not converted).
    currency: str = ""


def options_of(mapping: im.Mapping | None) -> ReadOptions:
    """The reading options a mapping carries (detection for what it leaves open)."""
    if mapping is None:
        return ReadOptions()
    return ReadOptions(encoding=mapping.encoding, separator=mapping.separator,
                       header_row=-1 if mapping.header_row is None else mapping.header_row,
                       sheet=mapping.sheet)


def load_mapping(path: Path) -> im.Mapping:
    """Reads a mapping file; TableReadError("bad_mapping") with the reason when it is not one."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(4 * limits.MAPPING_MAX_CHARS + 1)  # UTF-16/32 take up to 4 bytes a character
    except OSError as exc:
        raise TableReadError("bad_mapping", str(exc)) from exc
    if len(raw) > 4 * limits.MAPPING_MAX_CHARS:
        raise TableReadError("bad_mapping", f"larger than {limits.MAPPING_MAX_CHARS // (1024 * 1024)} MB")
    # Notepad's "Unicode" is UTF-16 with a byte-order mark; everything else is UTF-8
    encoding = "utf-16" if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8-sig"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        raise TableReadError("bad_mapping", "not a text in UTF-8 or UTF-16") from None
    try:
        return im.mapping_from_json(text)
    except im.MappingFormatError as exc:
        raise TableReadError("bad_mapping", str(exc)) from exc


def save_mapping(path: Path, mapping: im.Mapping) -> None:
    """Writes a mapping file (replacing it whole, never half); TableReadError on failure."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(mapping.to_json(), encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise TableReadError("mapping_not_saved", str(exc)) from exc


def _candidates(table_path: Path) -> list[Path]:
    """Mapping files that may fit a table: the one beside it, then the shipped examples."""
    found = [table_path.with_name(table_path.name + MAPPING_SUFFIX),
             table_path.with_suffix(MAPPING_SUFFIX)]
    shipped = resources_dir() / "mappings"
    if shipped.is_dir():
        found += sorted(shipped.glob("*.json"))
    return [p for p in dict.fromkeys(found) if p.is_file()]


def saved_mapping_for(table_path: Path, headers: list[str]) -> tuple[Path, im.Mapping] | None:
    """A saved mapping that names every column of this header, or None."""
    wanted = set(headers)
    for candidate in _candidates(table_path):
        try:
            mapping = load_mapping(candidate)
        except TableReadError:
            continue  # a broken file beside the table is not the table's problem
        if wanted and wanted <= set(mapping.columns):
            return candidate, mapping
    return None


def build_import(table: RawTable, mapping: im.Mapping, *, people: list[Person] | None = None,
                 today: date | None = None, confirmed: object = None,
                 limit: int | None = None, currency: str | None = None) -> ImportResult:
    """The use cases a read table makes by a mapping (the first `limit` rows when given);
    amounts in another currency than `currency` (the company's) are kept in the notes."""
    rows = table.rows if limit is None else table.rows[:limit]
    source = [ib.SourceRow(r.line, r.cells) for r in rows]
    built = ib.build(table.headers, source, mapping, people=people or [],
                     today=today or date.today(),
                     confirmed=confirmed if callable(confirmed) else None,
                     problems=table.problems if limit is None else [], currency=currency)
    return ImportResult(
        use_cases=built.use_cases, new_people=built.new_people,
        skipped=[(line, code) for line, code, _detail in built.skipped],
        encoding=table.encoding, cut=built.cut, build=built, table=table, mapping=mapping,
        currency=currency or "",
    )


def read_use_cases(path: Path, limit: int | None = None,
                   mapping: im.Mapping | None = None) -> ImportResult:
    """Reads a spreadsheet into use cases: by `mapping`, a saved one that fits, or the suggestion.

    Raises CsvImportError when the file is not a table, is beyond the import's limits, or
    no column can be the title.
    """
    table = read_table(path, options_of(mapping))
    if mapping is None:
        saved = saved_mapping_for(path, table.headers)
        if saved is not None:
            base = saved[1]
            if options_of(base) != ReadOptions():
                table = read_table(path, options_of(base))
            mapping = im.suggest(table.headers, [r.cells for r in table.rows], base).mapping
        else:
            mapping = im.suggest(table.headers, [r.cells for r in table.rows]).mapping
    else:
        mapping = im.fit(mapping, table.headers, [r.cells for r in table.rows]).mapping
    if not mapping.headers_for("title"):
        raise TableReadError("no_title_column", ", ".join(table.headers[:10]))
    return build_import(table, mapping, limit=limit)


def write_import(wf: WorkspaceFile, result: ImportResult, language: str,
                 catalogue_version: int) -> None:
    """Adds the new people and the use cases (with the catalogue's activities and checklist)
    to a workspace file in one transaction, one history entry per use case."""
    records: list = list(result.new_people)
    for uc in result.use_cases:
        seed_use_case(uc, language, catalogue_version)
        records.append(uc)
        for collection in decl.child_collections():
            records += getattr(uc, collection)
    wf.put_many(records, grouped=True)
