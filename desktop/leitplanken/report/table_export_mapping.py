"""The import mapping of an exported register: how the same list is read back in.

The export knows what each of its columns is, so it can write the mapping an import needs
(docs/IMPORT.md's format) instead of leaving it to the suggestion: every field column to its
field, the owner column to the owner by name, status, risk class and yes/no words of the
list's language to their values, day-first dates and the decimal comma where the CSV has
them, and the derived columns (systems, accountable, readiness, pilot trap) to "ignore", so
they do not land in the notes of the re-imported use cases. No Qt, no storage.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from leitplanken.domain import import_mapping as im
from leitplanken.domain.fields import Kind, field_of
from leitplanken.domain.model import UseCase, Workspace
from leitplanken.i18n.labels import ENUM_LABELS, yes_no
from leitplanken.i18n.translator import Translates
from leitplanken.report.atomic import write_through_temp
from leitplanken.report.table_export import (
    Dialect,
    Format,
    Table,
    What,
    build_table,
    dialect_for_language,
)


def header_key(title: str) -> str:
    """A column title as an import reads it back (trimmed, inner spaces collapsed)."""
    return " ".join(title.split())[:200]


def register_mapping(table: Table, tr: Translates, language: str, form: Format,
                     dialect: Dialect | None = None) -> im.Mapping:
    """The mapping that reads `table` (a register list) back; ValueError for any other list."""
    if table.what is not What.REGISTER:
        raise ValueError("only the register is imported as use cases")
    csv = form is Format.CSV
    comma = csv and (dialect or dialect_for_language(language)) is Dialect.EXCEL_DE
    known = set(im.targets())
    mapping = im.Mapping(name=f"Leitplanken register ({language}, {form.value})",
                         separator=(";" if comma else ",") if csv else None)
    for column in table.columns:
        header = header_key(column.title)
        declared = field_of(UseCase, column.field) if column.field else None
        target = im.OWNER if column.field == "owner_uuid" else column.field
        if declared is None or target not in known:
            mapping.columns[header] = im.IGNORE  # derived, or a field an import never fills
            continue
        mapping.columns[header] = target
        if declared.kind is Kind.ENUM and declared.enum is not None:
            label = ENUM_LABELS[declared.enum]
            mapping.values[header] = {im.value_key(label(v, tr)): v.value for v in declared.enum}
        elif declared.kind is Kind.FLAG:
            mapping.values[header] = {im.value_key(yes_no(True, tr)): "yes",
                                      im.value_key(yes_no(False, tr)): "no"}
        elif declared.kind is Kind.DATE:
            mapping.date_order[header] = "dmy"  # German dates are day-first; ISO reads alike
        elif declared.kind in (Kind.MONEY, Kind.NUMBER):
            mapping.decimal_comma[header] = comma
    return mapping


def mapping_for(ws: Workspace, tr: Translates, language: str, form: Format,
                dialect: Dialect | None = None, today: date | None = None) -> im.Mapping:
    """The mapping of the register list `export_table` writes for this workspace's company."""
    columns_only = Workspace(company=ws.company)  # the titles depend on the company's currency
    table = build_table(columns_only, What.REGISTER, tr, language, today or date.today())
    return register_mapping(table, tr, language, form, dialect)


def write_mapping(mapping: im.Mapping, path: Path) -> None:
    """Writes the mapping file through a temporary file beside it (never half a file)."""
    write_through_temp(path, lambda out: out.write(mapping.to_json()), mode="w",
                       encoding="utf-8", newline="\n")
