"""`leitplanken import-csv FILE TABLE`: brings a spreadsheet's use cases into a workspace file.

Without --mapping the automatic suggestion (or a saved mapping that names every column of
the table) is used and printed: column → target, value → status/risk/yes-no with counts,
the people it creates and what goes to the notes, so the user can check it and keep it with
--save-mapping. FILE is created (an empty company) when it does not exist. Writing is
guarded like the other commands: a file someone has open is never written.

Exit codes: 0 imported, 1 imported with skipped rows, 2 nothing imported (the table was
unreadable, had no title column or no row, the file could not be written). --dry-run writes
nothing and returns the code the import would.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from leitplanken.i18n.translator import Translates, fill

EXIT_OK, EXIT_SKIPPED, EXIT_NOTHING = 0, 1, 2


def describe(tr: Translates) -> str:
    """Help line of `leitplanken import-csv`."""
    return tr.translate("ImportCommand", "import use cases from a spreadsheet (CSV, TSV, XLSX)")


def add_arguments(parser: argparse.ArgumentParser, tr: Translates) -> None:
    """FILE, TABLE, --mapping, --save-mapping, --dry-run."""
    parser.add_argument("file", metavar="FILE", type=Path, help=tr.translate(
        "ImportCommand", "the workspace file (created, with an empty company, when missing)"))
    parser.add_argument("table", metavar="TABLE", type=Path, help=tr.translate(
        "ImportCommand", "the spreadsheet: .csv, .tsv, .txt or .xlsx"))
    parser.add_argument("--mapping", metavar="MAP.json", type=Path, default=None, help=tr.translate(
        "ImportCommand", "use this saved mapping (columns and values it does not name are "
        "suggested)"))
    parser.add_argument("--save-mapping", metavar="MAP.json", type=Path, default=None,
                        help=tr.translate("ImportCommand", "save the mapping used, to check or "
                                          "reuse it"))
    parser.add_argument("--dry-run", action="store_true", help=tr.translate(
        "ImportCommand", "show what would be imported and write nothing"))
    parser.add_argument("--sheet", metavar="NAME", default=None, help=tr.translate(
        "ImportCommand", "the sheet of an XLSX workbook to import (the first one by default)"))


def _say(text: str) -> None:
    """A message for the user on stderr."""
    print(text, file=sys.stderr)


def target_label(target: str, tr: Translates) -> str:
    """A mapping target in the user's words (the field's label, "ignore" as such)."""
    # delayed: start-up speed (help and argument parsing need none of this)
    from leitplanken.domain import import_mapping as im
    from leitplanken.domain.model import UseCase
    from leitplanken.i18n.labels import field_label

    if target == im.IGNORE:
        return tr.translate("ImportCommand", "ignore")
    return field_label(UseCase, "owner_uuid" if target == im.OWNER else target, tr)


def value_label(target: str, value: str, tr: Translates) -> str:
    """A target value in the user's words ("operation" → "Regular operation")."""
    # delayed: start-up speed (help and argument parsing need none of this)
    from leitplanken.domain.model import RiskClass, Status
    from leitplanken.i18n.labels import risk_label, status_label, yes_no

    if not value:
        return ""
    if target == "status":
        return status_label(Status(value), tr)
    if target == "risk_class":
        return risk_label(RiskClass(value), tr)
    return yes_no(value == "yes", tr)


def default_label(target: str, tr: Translates) -> str:
    """The value a new use case has in a status/risk/yes-no field, in the user's words."""
    from enum import Enum

    from leitplanken.domain.model import UseCase  # delayed: start-up speed

    default = getattr(UseCase(), target)
    return value_label(target, str(default.value) if isinstance(default, Enum)
                       else ("yes" if default else "no"), tr)


def unrecognised_text(target: str, tr: Translates) -> str:
    """What happens to a value the value map does not know (never a silent default)."""
    if target == "status":
        return tr.translate("ImportCommand", "not recognised: the use case starts as Idea, the "
                            "value is kept in the notes")
    return tr.translate("ImportCommand", "not recognised: the field keeps its default, the "
                        "value is kept in the notes")


def reason_text(code: str, detail: str, tr: Translates) -> str:
    """Why a row was left out, in the user's words."""
    if code == "no_title":
        return tr.translate("ImportCommand", "no title")
    if code == "broken_quote":
        return tr.translate("ImportCommand", "a quotation mark is opened and never closed; the "
                            "line was left out and reading went on with the next one")
    if code == "extra_cells":
        return fill(tr.translate("ImportCommand", "more cells than the header has columns (%1)"),
                    detail)
    return fill(tr.translate("ImportCommand", "cannot be read (%1)"), detail or code)


def read_error_text(code: str, detail: str, name: str, tr: Translates) -> str:
    """Why a table could not be read at all, in the user's words (the window says the same)."""
    texts = {
        "empty": tr.translate("ImportCommand", "“%1” is empty."),
        "too_large": tr.translate("ImportCommand", "“%1” is larger than %2 MB, the most one "
                                  "import takes. Split the table into smaller files."),
        "too_many_rows": tr.translate("ImportCommand", "“%1” has more than %2 rows, the most one "
                                      "import takes. Split the table into smaller files."),
        "too_many_columns": tr.translate("ImportCommand", "“%1” has more than %2 columns, the "
                                         "most one import takes."),
        "xlsx_too_large": tr.translate("ImportCommand", "“%1” would unpack to far more data than "
                                       "a spreadsheet holds (%2); it is not imported."),
        "not_xlsx": tr.translate("ImportCommand", "“%1” is not a workbook this program can read "
                                 "(%2). Save it again as .xlsx or as CSV."),
        "old_excel": tr.translate("ImportCommand", "“%1” is an old Excel workbook (.xls). Save it "
                                  "as .xlsx or as CSV and import that."),
        "not_csv": tr.translate("ImportCommand", "“%1” is not a table the import understands "
                                "(%2). Save the spreadsheet as CSV or XLSX."),
        "wrong_encoding": tr.translate("ImportCommand", "“%1” cannot be read in the chosen "
                                       "encoding (%2)."),
        "no_header": tr.translate("ImportCommand", "“%1” has no header row."),
        "no_sheet": tr.translate("ImportCommand", "“%1” has no sheet of that name. Its sheets: %2"),
        "not_spreadsheet": tr.translate("ImportCommand", "“%1” is not a spreadsheet (XLSX): it is "
                                        "neither a workbook nor a table of text, though its name "
                                        "ends in %2."),
        "no_title_column": tr.translate("ImportCommand", "No column of “%1” can be the title of "
                                        "a use case. Columns found: %2"),
        "bad_mapping": tr.translate("ImportCommand", "The mapping “%1” cannot be used: %2"),
        "mapping_not_saved": tr.translate("ImportCommand", "The mapping could not be saved as "
                                          "“%1”: %2"),
        "unreadable": tr.translate("ImportCommand", "“%1” could not be read: %2"),
    }
    return fill(texts.get(code, texts["unreadable"]), name, detail)


def _print_plan(result: Any, path: Path, tr: Translates, saved: Path | None,
                fitted: Any = None) -> None:
    """Prints the mapping used and what it makes: columns, values with counts, people, notes;
    with a saved mapping also the columns it names that the table lacks."""
    # delayed: start-up speed (help and argument parsing need none of this)
    from leitplanken.domain import import_mapping as im
    from leitplanken.i18n.fmt import Formatter

    language = str(getattr(tr, "language", "en"))
    fmt = Formatter("de_CH" if language.startswith("de") else "en_US")
    table, mapping, built = result.table, result.mapping, result.build
    where = (fill(tr.translate("ImportCommand", "separator “%1”, encoding %2"),
                  "Tab" if table.separator == "\t" else table.separator, table.encoding)
             if table.kind == "csv" else fill(tr.translate("ImportCommand", "sheet “%1”"), table.sheet))
    print(fill(tr.translate("ImportCommand", "%1: %2 rows, %3, header in row %4."), path.name,
               fmt.number(len(table.rows)), where, table.header_row + 1))
    if table.kind == "xlsx" and len(table.sheets) > 1:
        print(fill(tr.translate("ImportCommand", "The workbook's sheets: %1 (another one with "
                                "--sheet NAME)."), ", ".join(table.sheets)))
    if table.formulas_without_value:
        print(fill(tr.translate("ImportCommand", "%1 formula cell(s) have no computed value (the "
                                "file was not last saved by a spreadsheet program) and read as "
                                "empty. Open and save it in Excel or LibreOffice to import their "
                                "values.  !"), fmt.number(table.formulas_without_value)))
    if table.stopped_at_row:
        print(fill(tr.translate("ImportCommand", "Reading stopped at row %1: the %2 rows before "
                                "it are empty (only formatted)."), fmt.number(table.stopped_at_row),
                   fmt.number(table.stopped_at_row - 1 - table.last_filled_row)))
    if saved is not None:
        print(fill(tr.translate("ImportCommand", "Mapping: %1"), saved))
    else:
        print(tr.translate("ImportCommand", "Mapping: suggested from the headers and values "
                           "(check it; --save-mapping keeps it)"))
    for old in fitted.missing if fitted is not None else []:
        if old in fitted.renamed:
            print(fill(tr.translate("ImportCommand", "  The column “%1” of the mapping is not in the "
                                    "table; “%2” takes its place (%3)  !"), old, fitted.renamed[old],
                       target_label(mapping.target(fitted.renamed[old]), tr)))
        else:
            print(fill(tr.translate("ImportCommand", "  The column “%1” of the mapping is not in the "
                                    "table.  !"), old))
    print(tr.translate("ImportCommand", "Columns:"))
    for header in table.headers:
        target = mapping.target(header)
        if target != im.NOTES or im.is_notes_field(header):
            print(f"  {header} → {target_label(target, tr)}")
    notes = [h for h in table.headers if mapping.target(h) == im.NOTES and not im.is_notes_field(h)]
    if notes:
        print(fill(tr.translate("ImportCommand", "  kept in the notes as “column: value” (%1): %2"),
                   fmt.number(len(notes)), ", ".join(notes)))
    for header in table.headers:
        target = mapping.target(header)
        if im.value_targets(target) is None:
            continue
        index = table.headers.index(header)
        counts = im.value_counts([r.cells[index] for r in table.rows])
        print(fill(tr.translate("ImportCommand", "Values of “%1” → %2:"), header,
                   target_label(target, tr)))
        for value, count in counts.most_common():
            chosen = mapping.values.get(header, {}).get(value, "")
            shown = value or tr.translate("ImportCommand", "(empty)")
            meaning = value_label(target, chosen, tr) if chosen else unrecognised_text(target, tr)
            if not chosen and not value:
                meaning = fill(tr.translate("ImportCommand", "? not given: the field keeps its "
                                            "default (%1)"), default_label(target, tr))
            marker = "" if chosen else "  !"
            print(f"  {shown} ({fmt.number(count)}) → {meaning}{marker}")
    if result.new_people:
        print(fill(tr.translate("ImportCommand", "New people (%1): %2"),
                   fmt.number(len(result.new_people)), ", ".join(p.name for p in result.new_people)))
    if built.formula_names:
        print(fill(tr.translate("ImportCommand", "Not made into people, they look like formulas "
                                "(kept in the notes): %1  !"), ", ".join(sorted(built.formula_names))))
    for header, count in sorted(built.unreadable.items()):
        print(fill(tr.translate("ImportCommand", "“%1”: %2 value(s) could not be read and are kept "
                                "in the notes."), header, fmt.number(count)))
    for header, count in sorted(built.other_currency.items()):
        print(fill(tr.translate("ImportCommand", "“%1”: %2 amount(s) in another currency than %3 "
                                "were not converted; they are kept in the notes and the amount is "
                                "left empty."), header, fmt.number(count),
                   result.currency))
    if result.cut:
        print(fill(tr.translate("ImportCommand", "%1 value(s) were longer than their field holds "
                                "and were cut."), fmt.number(len(result.cut))))
    for line, code, detail in built.skipped[:50]:
        print(fill(tr.translate("ImportCommand", "Line %1 left out: %2"), line,
                   reason_text(code, detail, tr)))
    if len(built.skipped) > 50:
        print(fill(tr.translate("ImportCommand", "… and %1 more rows left out."),
                   fmt.number(len(built.skipped) - 50)))


def _options(mapping: Any, sheet: str | None) -> Any:
    """The reading options of a mapping, with the sheet given by --sheet."""
    # delayed: start-up speed (help and argument parsing need none of this)
    import dataclasses

    # delayed like every import here: start-up speed
    from leitplanken import storage

    options = storage.options_of(mapping)
    return dataclasses.replace(options, sheet=sheet) if sheet is not None else options


def run(args: argparse.Namespace, tr: Translates) -> int:
    """Reads TABLE, prints the plan and (unless --dry-run) adds the use cases to FILE."""
    # delayed: start-up speed (help and argument parsing need none of this)
    from leitplanken import storage
    from leitplanken.domain import import_mapping as im
    from leitplanken.i18n.file_errors import file_error_text

    table_path: Path = args.table
    mapping = None
    fitted = None
    saved: Path | None = None
    try:
        if args.mapping is not None:
            mapping = storage.load_mapping(args.mapping)
            saved = args.mapping
        table = storage.read_table(table_path, _options(mapping, args.sheet))
        if mapping is None:
            found = storage.saved_mapping_for(table_path, table.headers)
            if found is not None:
                saved, base = found
                if storage.options_of(base) != storage.ReadOptions():
                    table = storage.read_table(table_path, _options(base, args.sheet))
                mapping = im.suggest(table.headers, [r.cells for r in table.rows], base).mapping
            else:
                mapping = im.suggest(table.headers, [r.cells for r in table.rows]).mapping
        else:
            fitted = im.fit(mapping, table.headers, [r.cells for r in table.rows])
            mapping = fitted.mapping
    except storage.CsvImportError as err:
        name = args.mapping.name if err.code == "bad_mapping" and args.mapping else table_path.name
        _say(read_error_text(err.code, err.detail, name, tr))
        return EXIT_NOTHING
    if args.save_mapping is not None:
        try:
            storage.save_mapping(args.save_mapping, mapping)
        except storage.CsvImportError as err:
            _say(read_error_text(err.code, err.detail, str(args.save_mapping), tr))
            return EXIT_NOTHING
    if not mapping.headers_for("title"):
        _say(read_error_text("no_title_column", ", ".join(table.headers[:10]), table_path.name, tr))
        if table.kind == "xlsx" and len(table.sheets) > 1:
            _say(fill(tr.translate("ImportCommand", "This was the sheet “%1”; the workbook also has "
                                   "%2. Choose one with --sheet NAME."), table.sheet,
                      ", ".join(f"“{s}”" for s in table.sheets if s != table.sheet)))
        return EXIT_NOTHING
    return _import(args, table, mapping, saved, tr, file_error_text, fitted)


def _import(args: argparse.Namespace, table: Any, mapping: Any, saved: Path | None,
            tr: Translates, file_error_text: Any, fitted: Any = None) -> int:
    """Opens (or creates) FILE, builds the use cases against its people and writes them."""
    # delayed: start-up speed (help and argument parsing need none of this)
    from leitplanken import storage
    from leitplanken.domain import import_build as ib
    from leitplanken.domain.model import Company, Workspace
    from leitplanken.file_commands import _may_write
    from leitplanken.i18n.fmt import Formatter

    target: Path = args.file
    if not args.dry_run and not _may_write(target, tr, False, "import", replacing=False):
        return EXIT_NOTHING
    try:
        if target.exists():
            wf = storage.WorkspaceFile.open(target, read_only=args.dry_run)
        elif args.dry_run:
            wf = storage.WorkspaceFile.create(None, Workspace(company=Company()))
        else:
            wf = storage.WorkspaceFile.create(target, Workspace(company=Company()))
    except storage.FileError as err:
        _say(file_error_text(err, tr, cli="import"))
        return EXIT_NOTHING
    language = str(getattr(tr, "language", "en"))
    fmt = Formatter("de_CH" if language.startswith("de") else "en_US")
    try:
        ws = wf.load()
        result = storage.build_import(table, mapping, people=ws.people, currency=ws.company.currency)
        _print_plan(result, args.table, tr, saved, fitted)
        if not result.use_cases:
            _say(fill(tr.translate("ImportCommand", "“%1” contains no use case to import; "
                                   "nothing was written."), args.table.name))
            return EXIT_NOTHING
        count = len(result.use_cases)
        again = ib.repeated_titles(result.use_cases, ws.use_cases)
        if again:
            print(fill(tr.translate("ImportCommand", "%1 of the rows have the title of a use case "
                                    "already in the file (imported before?); they are added as "
                                    "new use cases: %2  !"), fmt.number(len(again)),
                       ", ".join(again[:10]) + (" …" if len(again) > 10 else "")))
        if args.dry_run:
            print(tr.translate("ImportCommand", "Dry run: %n use case(s) would be imported; "
                               "nothing was written.", None, count))
        else:
            storage.write_import(wf, result, ws.company.language, ws.company.catalogue_version)
            wf.save()
            print(fill(tr.translate("ImportCommand", "%1 imported into %2."),
                       tr.translate("ImportCommand", "%n use case(s)", None, count), target))
    except storage.FileError as err:
        _say(file_error_text(err, tr, cli="import"))
        return EXIT_NOTHING
    finally:
        wf.close()
    return EXIT_SKIPPED if result.skipped else EXIT_OK
