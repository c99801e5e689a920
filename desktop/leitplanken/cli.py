"""The `leitplanken` command: opens the app, writes the demo, checks files, exports the PDF.

`leitplanken [FILE]` and `leitplanken --demo` start the window; everything else is a
subcommand from COMMANDS. To add one, append a `Command(name, describe, add_arguments, run)`
whose functions import their module lazily (start-up stays fast): `describe(tr)` returns the
one-line help, `add_arguments(parser, tr)` declares the options, `run(args, tr)` does the
work and returns the exit code. Exit codes: 0 fine, 1 findings, 2 file unusable or bad call,
3 an unexpected problem (a bug: one line on stderr, the traceback in the log file).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from leitplanken import __version__
from leitplanken.i18n.translator import Translates, Translator, fill, system_language

if TYPE_CHECKING:
    from leitplanken.domain.model import Workspace
    from leitplanken.storage import FileError

EXIT_OK, EXIT_FINDINGS, EXIT_UNUSABLE, EXIT_BUG = 0, 1, 2, 3


@dataclass(frozen=True)
class Command:
    """A subcommand: its name, one-line help, options and what it does."""

    name: str
    describe: Callable[[Translates], str]
    add_arguments: Callable[[argparse.ArgumentParser, Translates], None]
    run: Callable[[argparse.Namespace, Translates], int]


def _say_error(text: str) -> None:
    """Prints a message for the user to stderr."""
    print(text, file=sys.stderr)


def _file_error(err: Exception, tr: Translates, command: str) -> int:
    """Prints a FileError in the user's language, with the way out `command` offers; unusable."""
    # delayed: start-up speed (each subcommand loads only what it uses)
    from leitplanken.i18n.file_errors import file_error_text

    _say_error(file_error_text(err, tr, cli=command))
    return EXIT_UNUSABLE


# -- demo ------------------------------------------------------------------------------


def _demo_describe(tr: Translates) -> str:
    """Help line of `leitplanken demo`."""
    return tr.translate("Cli", "write the demo workspace to a file")


def _demo_arguments(parser: argparse.ArgumentParser, tr: Translates) -> None:
    """OUT, --lang and --force."""
    parser.add_argument("out", metavar="OUT", type=Path, help=tr.translate("Cli", "the file to write"))
    parser.add_argument(
        "--lang",
        choices=("de", "de_CH", "en"),
        default=None,
        help=tr.translate("Cli", "language of the demo (default: the system language)"),
    )
    parser.add_argument(
        "--force", action="store_true", help=tr.translate("Cli", "overwrite an existing file")
    )


def _demo_run(args: argparse.Namespace, tr: Translates) -> int:
    """Writes a fresh demo workspace to OUT."""
    # delayed: start-up speed (each subcommand loads only what it uses)
    from leitplanken.domain.demo import demo_workspace
    from leitplanken.storage import FileError, WorkspaceFile

    out: Path = args.out
    if out.exists() and not args.force:
        _say_error(
            fill(tr.translate("Cli", "%1 already exists. Use --force to overwrite it."), out)
        )
        return EXIT_UNUSABLE
    lang = args.lang or ("de" if system_language().startswith("de") else "en")
    try:
        WorkspaceFile.create(out, demo_workspace(lang)).close()
    except FileError as err:
        return _file_error(err, tr, "demo")
    print(fill(tr.translate("Cli", "Demo workspace written to %1"), out))
    return EXIT_OK


# -- check -----------------------------------------------------------------------------


def _check_describe(tr: Translates) -> str:
    """Help line of `leitplanken check`."""
    return tr.translate("Cli", "check a file: integrity, schema and the rule findings")


def _check_arguments(parser: argparse.ArgumentParser, tr: Translates) -> None:
    """FILE, --today and --passphrase-file."""
    parser.add_argument("file", metavar="FILE", type=Path, help=tr.translate("Cli", "the file to check"))
    parser.add_argument(
        "--passphrase-file", metavar="F", type=Path, default=None,
        help=tr.translate("Cli", "FILE is an encrypted copy: its passphrase is the first line of F"),
    )
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help=tr.translate("Cli", "judge pilot traps as of this date (default: today)"),
    )


def _check_run(args: argparse.Namespace, tr: Translates) -> int:
    """Prints the file's state and the findings; exit 0 fine, 1 findings, 2 unusable."""
    # delayed: start-up speed (each subcommand loads only what it uses)
    from leitplanken.storage import FileError, WorkspaceFile

    plain: Path | None = None
    try:
        if args.passphrase_file is not None:
            plain = _decrypted(args, tr)
            if plain is None:
                return EXIT_UNUSABLE
        try:
            wf = WorkspaceFile.open(plain or args.file, read_only=True)
        except FileError as err:
            return _check_error(err, args.file, plain, tr)
        try:
            counts = wf.counts()
            problems = wf.integrity_problems()
            ws = wf.load() if not problems else None
        except FileError as err:
            return _check_error(err, args.file, plain, tr)
        finally:
            wf.close()
    finally:
        if plain is not None:
            plain.unlink(missing_ok=True)
    print(fill(tr.translate("Cli", "File: %1"), args.file if plain else wf.path))
    version = str(wf.schema_version)
    if wf.migrated_from is not None:
        version = fill(
            tr.translate("Cli", "%1 (from version %2, migrated when opened for editing)"),
            wf.schema_version,
            wf.migrated_from,
        )
    print(fill(tr.translate("Cli", "Schema version: %1"), version))
    if problems or ws is None:
        print(tr.translate("Cli", "Integrity: damaged"))
        for problem in problems[:20]:
            print(f"  {problem}")
        return EXIT_UNUSABLE
    print(tr.translate("Cli", "Integrity: ok"))
    if wf.wal_set_aside:
        print(tr.translate("Cli", "Warning: the “-wal” file beside it holds changes of another "
                           "program that do not fit this workspace; they are not shown, and the "
                           "app opens the file read-only until that program is closed."))
    print(fill(tr.translate("Cli", "Company: %1"), ws.company.name or "—"))
    print(tr.translate("Cli", "%n use case(s)", None, counts["use_case"]))
    print(tr.translate("Cli", "%n person(s)", None, counts["person"]))
    print(tr.translate("Cli", "%n system(s)", None, counts["system"]))
    print(tr.translate("Cli", "%n decision(s)", None, counts["decision"]))
    return _print_findings(ws, args.today or date.today(), tr)


def _decrypted(args: argparse.Namespace, tr: Translates) -> Path | None:
    """FILE decrypted into a private temporary file, or None after saying why not."""
    # delayed: start-up speed (each subcommand loads only what it uses)
    from leitplanken.file_commands import read_passphrase
    from leitplanken.storage import FileError
    from leitplanken.storage.send_copy import decrypt_to_temp

    passphrase = read_passphrase(args.passphrase_file, tr)
    if passphrase is None:
        return None
    try:
        return decrypt_to_temp(args.file, passphrase)
    except FileError as err:
        _check_error(err, args.file, None, tr)
        return None


def _check_error(err: FileError, file: Path, plain: Path | None, tr: Translates) -> int:
    """Prints a FileError of check; one about the decrypted temporary file names FILE instead."""
    path = getattr(err, "path", None)
    if plain is not None and path is not None and Path(path) == plain:
        err.path = file  # the user knows FILE, not our temporary file
    return _file_error(err, tr, "check")


def _print_findings(ws: Workspace, today: date, tr: Translates) -> int:
    """Lists RACI errors, readiness gaps of pilots and live use cases, and pilot traps."""
    # delayed: start-up speed (each subcommand loads only what it uses)
    from leitplanken.domain import rules
    from leitplanken.domain.model import Status
    from leitplanken.i18n.findings import finding_text
    from leitplanken.i18n.labels import status_label

    severity = {
        "error": tr.translate("Cli", "error"),
        "warning": tr.translate("Cli", "warning"),
        "hint": tr.translate("Cli", "hint"),
    }
    lang = getattr(tr, "language", "en")
    total = 0
    for uc in ws.use_cases:
        # Like the dashboard: an idea's matrix may still be a sketch; readiness matters
        # for pilots and live use cases (their RACI gap is already listed in detail).
        found = []
        if uc.status in (Status.EVALUATION, Status.PILOT, Status.OPERATION):
            found += rules.raci_findings(uc, ws.people)
        if uc.status in (Status.PILOT, Status.OPERATION):
            found += [
                f for f in rules.readiness_gaps(uc, ws.people)
                if not (f.tab == "raci" and found)
            ]
        trap = rules.pilot_trap_finding(uc, today, ws.company.pilot_trap_days)
        if trap is not None:
            found.append(trap)
        if not found:
            continue
        if total == 0:
            print()
            print(tr.translate("Cli", "Findings:"))
        print(fill("%1 (%2)", uc.title or "—", status_label(uc.status, tr)))
        for finding in rules.sorted_findings(found):
            print(f"  [{severity.get(finding.severity, finding.severity)}] "
                  f"{finding_text(finding, ws, tr, lang)}")
        total += len(found)
    print()
    if total == 0:
        print(tr.translate("Cli", "No findings."))
        return EXIT_OK
    print(tr.translate("Cli", "%n finding(s).", None, total))
    return EXIT_FINDINGS


# -- export-pdf (leitplanken.report.command) -------------------------------------------


def _export_describe(tr: Translates) -> str:
    """Help line of `leitplanken export-pdf`."""
    from leitplanken.pdf_command import describe  # delayed: start-up speed

    return describe(tr)


def _export_arguments(parser: argparse.ArgumentParser, tr: Translates) -> None:
    """FILE, -o, --lang, --paper, --use-case, --meeting, …"""
    from leitplanken.pdf_command import add_arguments  # delayed: start-up speed

    add_arguments(parser, tr)


def _export_run(args: argparse.Namespace, tr: Translates) -> int:
    """Writes the decision record."""
    from leitplanken.pdf_command import run  # delayed: start-up speed

    return run(args, tr)


# -- merge, send-copy (leitplanken.file_commands) ---------------------------------------


def _lazy(name: str) -> Callable:
    """A function of leitplanken.file_commands, imported only when it is called."""

    def call(*args: object) -> object:
        from leitplanken import file_commands  # delayed: start-up speed

        return getattr(file_commands, name)(*args)

    return call


def _table(name: str) -> Callable:
    """A function of leitplanken.table_command (export-table), imported only when called."""

    def call(*args: object) -> object:
        from leitplanken import table_command  # delayed: start-up speed

        return getattr(table_command, name)(*args)

    return call


def _importer(name: str) -> Callable:
    """A function of leitplanken.import_command (import-csv), imported only when called."""

    def call(*args: object) -> object:
        from leitplanken import import_command  # delayed: start-up speed

        return getattr(import_command, name)(*args)

    return call


#: The subcommands; other parts of the app append theirs here.
COMMANDS: list[Command] = [
    Command("demo", _demo_describe, _demo_arguments, _demo_run),
    Command("check", _check_describe, _check_arguments, _check_run),
    Command("export-pdf", _export_describe, _export_arguments, _export_run),
    Command("merge", _lazy("merge_describe"), _lazy("merge_arguments"), _lazy("merge_run")),
    Command("send-copy", _lazy("send_copy_describe"), _lazy("send_copy_arguments"),
            _lazy("send_copy_run")),
    Command("export-table", _table("describe"), _table("add_arguments"), _table("run")),
    Command("import-csv", _importer("describe"), _importer("add_arguments"), _importer("run")),
]


# -- the window ------------------------------------------------------------------------


def _app_parser(tr: Translates) -> argparse.ArgumentParser:
    """`leitplanken [FILE] [--demo]`, listing the subcommands in its help."""
    commands = "\n".join(f"  {c.name:<12} {c.describe(tr)}" for c in COMMANDS)
    parser = argparse.ArgumentParser(
        prog="leitplanken",
        description=tr.translate("Cli", "Guardrails for AI use cases in your company."),
        epilog=tr.translate("Cli", "Commands:") + "\n" + commands,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "file", metavar="FILE", type=Path, nargs="?",
        help=tr.translate("Cli", "the workspace file to open"),
    )
    parser.add_argument(
        "--demo", action="store_true",
        help=tr.translate("Cli", "open the app on a fresh copy of the demo workspace"),
    )
    parser.add_argument(
        "--exit-after-start", action="store_true",
        help=tr.translate("Cli", "start-up check: open the window (on FILE if given), let it "
                                 "start and exit; 0 when it started, 2 when FILE could not be opened"),
    )
    parser.add_argument("--version", action="version", version=f"leitplanken {__version__}")
    return parser


def _run_app(path: Path | None, demo: bool, tr: Translates, exit_after_start: bool = False) -> int:
    """Starts the window (imported only now: Qt widgets are heavy).

    A plain start hands its file to an app already running for this user; --demo and
    --exit-after-start always run on their own.
    """
    try:
        from leitplanken.app import run  # delayed: start-up speed (Qt widgets are heavy)
    except ModuleNotFoundError as exc:
        if exc.name != "leitplanken.app":
            raise
        _say_error(tr.translate("Cli", "The window is not part of this installation."))
        return EXIT_UNUSABLE
    alone = demo or exit_after_start
    return int(run(path, demo, exit_after_start=exit_after_start, single_instance=not alone) or 0)


def _unexpected(exc: BaseException, command: str, tr: Translates) -> int:
    """Logs a bug with its traceback and says so in one line; files were left as they were."""
    from leitplanken.problem_log import log_unexpected, one_line  # delayed: only on a bug

    path = log_unexpected(exc, f"running '{command}'")
    _say_error(fill(tr.translate(
        "Cli", "Unexpected problem (an error in the program, not in your file): %1. "
        "Details: %2"), one_line(exc), path))
    return EXIT_BUG


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script and of `python -m leitplanken`."""
    args = sys.argv[1:] if argv is None else list(argv)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    tr = Translator(system_language())
    by_name = {c.name: c for c in COMMANDS}
    try:
        if args and args[0] in by_name:
            command = by_name[args[0]]
            parser = argparse.ArgumentParser(
                prog=f"leitplanken {command.name}", description=command.describe(tr)
            )
            command.add_arguments(parser, tr)
            return command.run(parser.parse_args(args[1:]), tr)
        options = _app_parser(tr).parse_args(args)
    except SystemExit as exc:  # argparse: --help, --version, or a wrong call
        code = exc.code if isinstance(exc.code, int) else EXIT_UNUSABLE
        return code
    except BrokenPipeError:  # `leitplanken check FILE | head`: the reader has enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - a bug: one line and the log, never a traceback dump
        return _unexpected(exc, args[0] if args else "leitplanken", tr)
    if options.demo and options.file is not None:
        _say_error(tr.translate("Cli", "Give either a file or --demo, not both."))
        return EXIT_UNUSABLE
    return _run_app(options.file, options.demo, tr, options.exit_after_start)
