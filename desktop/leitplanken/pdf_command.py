"""`leitplanken export-pdf FILE`: the decision record from the command line.

Registered in cli.COMMANDS; everything heavy (storage, reportlab) is imported only when the
command runs. The workspace file is opened read-only: exporting never changes it.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from leitplanken.domain.limits import PDF_MAX_USE_CASES
from leitplanken.domain.model import Status
from leitplanken.i18n.translator import MissingCatalogue, Translates, fill

if TYPE_CHECKING:
    from leitplanken.domain.model import Workspace
    from leitplanken.report.selection import Filters

EXIT_OK, EXIT_UNUSABLE = 0, 2
_LANGS = {"de": "de", "de-CH": "de_CH", "de_CH": "de_CH", "en": "en"}


def describe(tr: Translates) -> str:
    """Help line of `leitplanken export-pdf`."""
    return tr.translate("ReportCli", "write the decision record (PDF) for the board")


def add_arguments(parser: argparse.ArgumentParser, tr: Translates) -> None:
    """FILE, -o, --lang, --paper, --use-case, --meeting, the cover's fields, --list, filters."""
    parser.add_argument("file", metavar="FILE", type=Path,
                        help=tr.translate("ReportCli", "the workspace file"))
    parser.add_argument("-o", "--output", metavar="OUT", type=Path, default=None,
                        help=tr.translate("ReportCli", "the PDF to write (default: FILE with .pdf)"))
    parser.add_argument("--lang", choices=("de", "de-CH", "en"), default=None,
                        help=tr.translate("ReportCli",
                                          "language of the record (default: the company's)"))
    parser.add_argument("--paper", choices=("a4", "letter"), default=None,
                        help=tr.translate("ReportCli",
                                          "paper size (default: the company's setting)"))
    parser.add_argument("--use-case", dest="use_cases", metavar="ID", action="append",
                        default=None, help=tr.translate(
                            "ReportCli", "only this use case (UUID, UUID prefix or exact title; "
                            "repeatable; default: all that are not stopped)"))
    parser.add_argument("--meeting", metavar="TEXT", default="",
                        help=tr.translate("ReportCli", "name of the meeting on the cover"))
    parser.add_argument("--meeting-date", metavar="YYYY-MM-DD", type=date.fromisoformat,
                        default=None, help=tr.translate("ReportCli", "date of the meeting"))
    parser.add_argument("--author", metavar="TEXT", default="",
                        help=tr.translate("ReportCli", "who prepared the record"))
    parser.add_argument("--confidentiality", metavar="TEXT", default="",
                        help=tr.translate("ReportCli", "confidentiality label on every page"))
    parser.add_argument("--circular", action="store_true", help=tr.translate(
        "ReportCli", "add a page for a circular resolution signed by every board member"))
    parser.add_argument("--return-date", dest="return_date", metavar="YYYY-MM-DD",
                        type=date.fromisoformat, default=None, help=tr.translate(
                            "ReportCli", "date by which the signed circular resolution is to "
                            "be returned"))
    parser.add_argument("--return-to", dest="return_to", metavar="TEXT", default="",
                        help=tr.translate("ReportCli", "to whom the signed circular resolution "
                                          "is returned (default: the minute-taker)"))
    parser.add_argument("--list", dest="register_list", action="store_true", help=tr.translate(
        "ReportCli", "write the register list instead: one table row per use case, landscape "
        "(default output: FILE-list.pdf)"))
    parser.add_argument("--status", dest="statuses", metavar="STATUS", action="append",
                        default=None, help=tr.translate(
                            "ReportCli", "only use cases with this status (idea, evaluation, "
                            "pilot, operation, paused, stopped; repeatable)"))
    parser.add_argument("--tag", dest="tags", metavar="TAG", action="append", default=None,
                        help=tr.translate("ReportCli", "only use cases with this tag "
                                          "(repeatable: any of them)"))
    parser.add_argument("--owner", dest="owners", metavar="NAME", action="append",
                        default=None, help=tr.translate(
                            "ReportCli", "only use cases this person owns (name, case and "
                            "accents do not matter; repeatable)"))
    parser.add_argument("--pilot-trap", dest="pilot_trap", action="store_true",
                        help=tr.translate("ReportCli", "only pilots in the pilot trap (longer "
                                          "without a decision than the company allows)"))
    parser.add_argument("--today", metavar="YYYY-MM-DD", type=date.fromisoformat, default=None,
                        help=tr.translate("ReportCli", "date of the record (default: today)"))


def _say(text: str) -> None:
    """A message for the user on stderr."""
    print(text, file=sys.stderr)


def run(args: argparse.Namespace, tr: Translates) -> int:
    """Opens FILE read-only, renders the record and writes it; 0 on success, 2 otherwise."""
    # delayed: start-up speed (help and argument parsing need none of this)
    from leitplanken.i18n.file_errors import file_error_text
    from leitplanken.storage import FileError, WorkspaceFile

    try:
        wf = WorkspaceFile.open(args.file, read_only=True)
        try:
            ws = wf.load()
        finally:
            wf.close()
    except FileError as err:
        _say(file_error_text(err, tr, cli="export-pdf"))
        return EXIT_UNUSABLE
    chosen = _chosen(ws, args.use_cases or [], tr)
    if chosen is False:
        return EXIT_UNUSABLE
    today = args.today or date.today()
    filters = _filters(ws, args, tr)
    if filters is False:
        return EXIT_UNUSABLE
    if filters.active():
        from leitplanken.report.selection import filtered_use_cases  # delayed: start-up speed

        chosen = [uc.uuid for uc in filtered_use_cases(ws, chosen or None, filters, today)]
        if not chosen:
            _say(tr.translate("ReportCli", "No use case passes the filters (--status, --tag, "
                              "--owner, --pilot-trap); nothing was written."))
            return EXIT_UNUSABLE
    count = _count(ws, chosen or None)
    if count > PDF_MAX_USE_CASES:
        if args.register_list:
            _say(fill(tr.translate(
                "ReportCli", "The list would hold %1 use cases; one list holds at most %2. "
                "Narrow it with --status, --tag, --owner or --use-case."), count,
                PDF_MAX_USE_CASES))
        else:
            _say(fill(tr.translate(
                "ReportCli", "The record would hold %1 use cases; one record holds at most %2 "
                "(about three pages each). Choose the ones for the meeting with --use-case, or "
                "stop those that are finished."), count, PDF_MAX_USE_CASES))
        return EXIT_UNUSABLE
    out: Path = args.output or (args.file.with_name(args.file.stem + "-list.pdf")
                                if args.register_list else args.file.with_suffix(".pdf"))
    if out.resolve() == args.file.resolve():
        _say(tr.translate("ReportCli", "The PDF must not overwrite the workspace file."))
        return EXIT_UNUSABLE
    from leitplanken.file_commands import pdf_target_refused  # delayed: start-up speed

    if pdf_target_refused(out, tr):  # another workspace, or a file someone has open
        return EXIT_UNUSABLE
    options = build_options(ws, args, chosen or None)
    options.today = today
    options.filters = filters if filters.active() else None
    if args.register_list:
        from leitplanken.report.register_list import write_list as write  # delayed: reportlab
    else:
        from leitplanken.report import write_pdf as write  # delayed: start-up speed

        # delayed: start-up speed (the same check the export dialog lists before writing)
        from leitplanken.report.problems import problem_text, record_problems

        # What the dialog names before the PDF is made (an item for decision without a
        # motion, no chair, …) is said here too; the record is still written and the exit
        # code stays 0, as for characters the font lacks: these are warnings, not errors.
        for problem in record_problems(ws, options, tr):
            _say(fill(tr.translate("ReportCli", "Warning: %1"), problem_text(problem, ws, tr)))

    try:
        result = write(ws, options, out)
    except MissingCatalogue as err:
        _say(fill(tr.translate("ReportCli", "The record cannot be written in %1: that language's "
                               "translation is not installed (%2). Reinstall Leitplanken."),
                  err.language, err.path))
        return EXIT_UNUSABLE
    except OSError as err:
        _say(fill(tr.translate("ReportCli", "Could not write %1: %2"), out,
                  err.strerror or err.__class__.__name__))
        return EXIT_UNUSABLE
    from leitplanken.report.text import missing_list  # delayed: start-up speed

    done = (tr.translate("ReportCli", "Register list written to %1 (%2)") if args.register_list
            else tr.translate("ReportCli", "Decision record written to %1 (%2)"))
    print(fill(done, out, tr.translate("ReportCli", "%n page(s)", None, result.pages)))
    if result.missing_glyphs:
        # delayed: start-up speed (only when characters are missing)
        from leitplanken.report.problems import fields_with_missing_glyphs, glyph_gap_lines

        _say(fill(tr.translate(
            "ReportCli", "Warning: the font cannot draw these characters; they appear as \"?\": "
            "%1"), missing_list(result.missing_glyphs)))
        gaps = fields_with_missing_glyphs(ws, options, result.missing_glyphs)
        for line in glyph_gap_lines(ws, gaps, tr):
            _say("  " + line)
    return EXIT_OK


def _count(ws: Workspace, uuids: list[str] | None) -> int:
    """How many use cases the record would show (the default choice when none are named)."""
    from leitplanken.report.selection import default_use_cases  # delayed: start-up speed

    return len(default_use_cases(ws)) if uuids is None else len(set(uuids))


def _chosen(ws: Workspace, idents: list[str], tr: Translates) -> list[str] | Literal[False]:
    """UUIDs of the use cases named on the command line; False (after a message) if unclear."""
    from leitplanken.report.selection import resolve_use_case  # delayed: start-up speed

    uuids: list[str] = []
    for ident in idents:
        found = resolve_use_case(ws, ident)
        if not found:
            _say(fill(tr.translate("ReportCli", "No use case matches \"%1\"."), ident))
            return False
        if len(found) > 1:
            _say(fill(tr.translate("ReportCli", "\"%1\" matches %2 use cases; give more of the "
                                   "ID."), ident, len(found)))
            return False
        uuids.append(found[0].uuid)
    return uuids


def _status(text: str) -> Status | None:
    """A status from its key ("pilot") or its name in any of the app's languages ("Pilot")."""
    # delayed: start-up speed (translations load only when a status is given)
    from leitplanken.i18n.labels import status_label
    from leitplanken.i18n.translator import LANGUAGES, require_translator
    from leitplanken.report.selection import folded

    wanted = folded(text).replace("-", "_").replace(" ", "_")
    for status in Status:
        if wanted == status.value:
            return status
    for lang in LANGUAGES:
        try:
            words = require_translator(lang)
        except MissingCatalogue:
            continue
        for status in Status:
            if folded(text) == folded(status_label(status, words)):
                return status
    return None


def _filters(ws: Workspace, args: argparse.Namespace, tr: Translates) -> Filters | Literal[False]:
    """The --status, --tag, --owner and --pilot-trap filters; False (after a message) if unclear."""
    from leitplanken.report.selection import Filters, match_people  # delayed: start-up speed

    filters = Filters(tags=[t.strip() for t in args.tags or [] if t.strip()],
                      pilot_trap=args.pilot_trap)
    for text in args.statuses or []:
        status = _status(text)
        if status is None:
            _say(fill(tr.translate("ReportCli", "No status is called \"%1\". Use one of: %2."),
                      text, ", ".join(s.value for s in Status)))
            return False
        filters.statuses.append(status)
    for name in args.owners or []:
        people = match_people(ws, name)
        if not people:
            _say(fill(tr.translate("ReportCli", "Nobody called \"%1\" is in the file (owners "
                                   "are matched by name, case and accents do not matter)."), name))
            return False
        filters.owner_uuids += [p.uuid for p in people]
    return filters


def build_options(ws: Workspace, args: argparse.Namespace, uuids: list[str] | None):  # noqa: ANN201
    """ReportOptions from the command line and the company's settings."""
    # delayed: start-up speed (help and argument parsing need none of this)
    from leitplanken.report.options import ReportOptions
    from leitplanken.report.source import last_change

    language = _LANGS.get(args.lang or "", "") or ws.company.language or "de"
    return ReportOptions(
        language=language, paper=args.paper or ws.company.paper_size or "a4",
        use_case_uuids=uuids, meeting=args.meeting, meeting_date=args.meeting_date,
        author=args.author, confidentiality=args.confidentiality,
        source_name=args.file.name, source_modified=last_change(ws),
        today=args.today or date.today(), circular_resolution=args.circular,
        circular_return_date=args.return_date, circular_return_to=args.return_to,
    )
