"""`leitplanken export-table FILE OUT.{csv,xlsx}`: a list for a spreadsheet from the command line.

Registered in cli.COMMANDS; storage and openpyxl are imported only when the command runs. The
workspace file is opened read-only: exporting never changes it. Like export-pdf, an existing
list at OUT is replaced (re-exporting is what it is for), a workspace never.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from leitplanken.i18n.translator import MissingCatalogue, Translates, fill

if TYPE_CHECKING:
    from leitplanken.domain.model import Workspace
    from leitplanken.report.table_export import Dialect

EXIT_OK, EXIT_UNUSABLE = 0, 2
_LANGS = {"de": "de", "de-CH": "de_CH", "de_CH": "de_CH", "en": "en"}
_WHAT = ("register", "raci", "checklist", "decisions")


def describe(tr: Translates) -> str:
    """Help line of `leitplanken export-table`."""
    return tr.translate("TableCli", "write the register, RACI, checklists or decisions as "
                        "CSV or XLSX")


def add_arguments(parser: argparse.ArgumentParser, tr: Translates) -> None:
    """FILE, OUT, --what, --lang, --excel-de / --comma, --passphrase-file, --today."""
    parser.add_argument("file", metavar="FILE", type=Path,
                        help=tr.translate("TableCli", "the workspace file"))
    parser.add_argument("out", metavar="OUT", type=Path, help=tr.translate(
        "TableCli", "the list to write: .csv or .xlsx (an existing list is replaced)"))
    parser.add_argument("--what", choices=_WHAT, default="register", help=tr.translate(
        "TableCli", "which list: the register (default), one row per RACI letter, per "
        "checklist item or per decision"))
    parser.add_argument("--lang", choices=("de", "de-CH", "en"), default=None,
                        help=tr.translate("TableCli",
                                          "language of the column titles and values "
                                          "(default: the company's)"))
    dialect = parser.add_mutually_exclusive_group()
    dialect.add_argument("--excel-de", action="store_true", help=tr.translate(
        "TableCli", "CSV for German Excel: semicolons, decimal comma, dates as 31.12.2026 "
        "(default for German)"))
    dialect.add_argument("--comma", action="store_true", help=tr.translate(
        "TableCli", "CSV with commas, decimal point and dates as 2026-12-31 (default for "
        "English)"))
    parser.add_argument("--save-mapping", metavar="MAP.json", type=Path, default=None,
                        help=tr.translate("TableCli", "register only: also write the mapping "
                                          "that imports this list again (import-csv --mapping)"))
    parser.add_argument("--passphrase-file", metavar="F", type=Path, default=None,
                        help=tr.translate("TableCli", "FILE is an encrypted copy: its "
                                          "passphrase is the first line of F"))
    parser.add_argument("--today", metavar="YYYY-MM-DD", type=date.fromisoformat, default=None,
                        help=tr.translate("TableCli",
                                          "judge pilot traps as of this date (default: today)"))


def _say(text: str) -> None:
    """A message for the user on stderr."""
    print(text, file=sys.stderr)


def run(args: argparse.Namespace, tr: Translates) -> int:
    """Opens FILE read-only, builds the list and writes it; 0 on success, 2 otherwise."""
    # delayed: start-up speed (help and argument parsing need none of this)
    from leitplanken.report.table_export import (
        XLSX_MAX_ROWS,
        Dialect,
        TooManyRows,
        What,
        export_table,
        format_of,
    )

    out: Path = args.out
    if format_of(out) is None:
        _say(fill(tr.translate("TableCli", "%1: the list is written as .csv or .xlsx; give OUT "
                               "one of these endings."), out))
        return EXIT_UNUSABLE
    if args.save_mapping is not None and args.what != "register":
        _say(tr.translate("TableCli", "--save-mapping goes with the register: only its rows are "
                          "use cases an import can read back."))
        return EXIT_UNUSABLE
    mapping: Path | None = args.save_mapping
    if mapping is not None and (_same(mapping, args.file) or _same(mapping, out)
                                or _is_workspace(mapping)):
        _say(fill(tr.translate("TableCli", "%1: the mapping must not overwrite the workspace "
                               "or the list. Choose another name for it."), mapping))
        return EXIT_UNUSABLE
    if _same(out, args.file) or _is_workspace(out):
        _say(fill(tr.translate("TableCli", "%1 is a Leitplanken workspace (or another database); "
                               "the list must not overwrite it. Choose another name for the "
                               "list."), out))
        return EXIT_UNUSABLE
    ws = _load(args, tr)
    if ws is None:
        return EXIT_UNUSABLE
    language = _LANGS.get(args.lang or "", "") or ws.company.language or "de"
    dialect = Dialect.EXCEL_DE if args.excel_de else Dialect.COMMA if args.comma else None
    from leitplanken.i18n.translator import require_translator  # delayed: start-up speed

    translator: Translates = tr
    try:
        translator = require_translator(language)
        result = export_table(ws, What(args.what), out, tr=translator, language=language,
                              today=args.today or date.today(), dialect=dialect)
    except MissingCatalogue as err:
        _say(fill(tr.translate("TableCli", "The list cannot be written in %1: that language's "
                               "translation is not installed (%2). Reinstall Leitplanken."),
                  err.language, err.path))
        return EXIT_UNUSABLE
    except TooManyRows as err:
        _say(fill(tr.translate("TableCli", "The list has %1 rows; an Excel sheet holds at most %2. "
                               "Nothing was written; write it as .csv instead."),
                  err.rows, XLSX_MAX_ROWS - 1))
        return EXIT_UNUSABLE
    except OSError as err:
        _say(fill(tr.translate("TableCli", "Could not write %1: %2"), out,
                  err.strerror or err.__class__.__name__))
        return EXIT_UNUSABLE
    print(fill(tr.translate("TableCli", "%1 written (%2)."), out,
               tr.translate("TableCli", "%n row(s)", None, result.rows)))
    if args.save_mapping is not None:
        return _save_mapping(args, ws, translator, language, dialect, tr)
    return EXIT_OK


def _save_mapping(args: argparse.Namespace, ws: Workspace, translator: Translates,
                  language: str, dialect: Dialect | None, tr: Translates) -> int:
    """Writes the mapping that imports the register list again; 0, or 2 when it cannot."""
    # delayed: start-up speed (only this option reads the import's mapping format)
    from leitplanken.report.table_export import format_of
    from leitplanken.report.table_export_mapping import mapping_for, write_mapping

    form = format_of(args.out)
    assert form is not None  # checked before the list was written
    target: Path = args.save_mapping
    try:
        write_mapping(mapping_for(ws, translator, language, form, dialect,
                                  args.today or date.today()), target)
    except OSError as err:
        _say(fill(tr.translate("TableCli", "Could not write %1: %2"), target,
                  err.strerror or err.__class__.__name__))
        return EXIT_UNUSABLE
    print(fill(tr.translate("TableCli", "Mapping for importing the list again written to %1."),
               target))
    return EXIT_OK


def _load(args: argparse.Namespace, tr: Translates):  # noqa: ANN202 - Workspace | None
    """The workspace of FILE (decrypted first when a passphrase file is given), or None."""
    # delayed: start-up speed (help and argument parsing need none of this)
    from leitplanken.i18n.file_errors import file_error_text
    from leitplanken.storage import FileError, WorkspaceFile

    plain: Path | None = None
    try:
        if args.passphrase_file is not None:
            from leitplanken.file_commands import read_passphrase  # delayed: start-up speed
            from leitplanken.storage.send_copy import decrypt_to_temp  # delayed: start-up speed

            passphrase = read_passphrase(args.passphrase_file, tr)
            if passphrase is None:
                return None
            plain = decrypt_to_temp(args.file, passphrase)
        wf = WorkspaceFile.open(plain or args.file, read_only=True)
        try:
            return wf.load()
        finally:
            wf.close()
    except FileError as err:
        where = getattr(err, "path", None)
        if plain is not None and where is not None and Path(where) == plain:
            err.path = args.file  # the user knows FILE, not our temporary file
        # check's role: a command that only reads FILE and takes --passphrase-file
        _say(file_error_text(err, tr, cli="check"))
        return None
    finally:
        if plain is not None:
            plain.unlink(missing_ok=True)


def _same(a: Path, b: Path) -> bool:
    """Whether two paths name one file (resolved, so ./x and x are the same)."""
    try:
        return a.expanduser().resolve() == b.expanduser().resolve()
    except (OSError, RuntimeError):
        return False


def _is_workspace(path: Path) -> bool:
    """Whether `path` holds a workspace (plain SQLite or an encrypted copy): never replaced."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return False  # nothing there (or unreadable: writing will say so)
    from leitplanken.storage.crypto import is_encrypted_header  # delayed: start-up speed

    return head.startswith(b"SQLite format 3") or is_encrypted_header(head)
