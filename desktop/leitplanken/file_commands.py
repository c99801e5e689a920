"""`leitplanken merge` and `leitplanken send-copy`: sharing files from the command line.

merge never asks: conflicts keep "mine" (or --prefer theirs), are listed, and the other
version stays in the history. Exit codes follow cli.py: 0 merged without conflicts (or copy
written), 1 merged with conflicts decided by the preference, 2 a file was unusable.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from leitplanken.i18n.translator import Translates, fill

EXIT_OK, EXIT_CONFLICTS, EXIT_UNUSABLE = 0, 1, 2


def _error(err: Exception, tr: Translates) -> int:
    """Prints a FileError in the user's language."""
    import sys

    # delayed: start-up speed (help and argument parsing need none of this)
    from leitplanken.i18n.file_errors import file_error_text

    print(file_error_text(err, tr), file=sys.stderr)
    return EXIT_UNUSABLE


def merge_describe(tr: Translates) -> str:
    """Help line of `leitplanken merge`."""
    return tr.translate("MergeCommand", "merge a colleague's copy into a file")


def merge_arguments(parser: argparse.ArgumentParser, tr: Translates) -> None:
    """MINE, THEIRS, -o OUT and --prefer."""
    parser.add_argument("mine", metavar="MINE", type=Path,
                        help=tr.translate("MergeCommand", "your file (changed in place unless -o is given)"))
    parser.add_argument("theirs", metavar="THEIRS", type=Path,
                        help=tr.translate("MergeCommand", "the other copy"))
    parser.add_argument("-o", "--output", metavar="OUT", type=Path, default=None,
                        help=tr.translate("MergeCommand", "write the result here and leave MINE as it is"))
    parser.add_argument("--prefer", choices=("mine", "theirs"), default="mine",
                        help=tr.translate("MergeCommand", "whose version wins a conflict (default: mine)"))
    parser.add_argument("--passphrase-file", metavar="F", type=Path, default=None,
                        help=tr.translate("MergeCommand", "THEIRS is an encrypted copy: its passphrase is the first line of F"))


def _read_passphrase(path: Path, tr: Translates) -> str | None:
    """The first line of a passphrase file, or None after telling the user what is wrong."""
    import sys

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        print(fill(tr.translate("SendCopyCommand", "Cannot read the passphrase from %1."), path),
              file=sys.stderr)
        return None
    if not lines or not lines[0]:
        print(tr.translate("SendCopyCommand", "The passphrase file is empty."), file=sys.stderr)
        return None
    return lines[0]


def merge_run(args: argparse.Namespace, tr: Translates) -> int:
    """Merges THEIRS into MINE (or into OUT) and reports what happened."""
    # delayed: start-up speed (help and argument parsing need none of this)
    from leitplanken.storage import FileError, WorkspaceFile
    from leitplanken.storage.merge_apply import describe_conflict, prepare

    out: Path | None = args.output
    theirs: Path = args.theirs
    plain: Path | None = None
    if args.passphrase_file is not None:
        from leitplanken.storage.send_copy import decrypt_to_temp  # delayed: start-up speed

        passphrase = _read_passphrase(args.passphrase_file, tr)
        if passphrase is None:
            return EXIT_UNUSABLE
        try:
            plain = decrypt_to_temp(theirs, passphrase)
        except FileError as err:
            return _error(err, tr)
    try:
        wf = WorkspaceFile.open(args.mine, read_only=out is not None)
    except FileError as err:
        if plain is not None:
            plain.unlink(missing_ok=True)
        return _error(err, tr)
    try:
        if out is not None:
            wf.read_only = False  # the result goes to OUT; MINE itself is never written
        session = prepare(wf, plain or theirs, prefer=args.prefer)
        counts = session.apply()
        wf.save(out)
    except FileError as err:
        return _error(err, tr)
    finally:
        wf.close()
        if plain is not None:
            plain.unlink(missing_ok=True)
    print(fill(tr.translate("MergeCommand", "Merged %1 into %2."), args.theirs, out or args.mine))
    print(tr.translate("MergeCommand", "%n record(s) added", None, counts["added"]))
    print(tr.translate("MergeCommand", "%n record(s) changed", None, counts["changed"]))
    print(tr.translate("MergeCommand", "%n record(s) deleted", None, counts["deleted"]))
    if not session.conflicts:
        print(tr.translate("MergeCommand", "No conflicts."))
        return EXIT_OK
    kept = (tr.translate("MergeCommand", "kept mine") if args.prefer == "mine"
            else tr.translate("MergeCommand", "took theirs"))
    print(tr.translate("MergeCommand", "%n conflict(s), changed on both sides:", None,
                       len(session.conflicts)))
    for c in session.conflicts:
        fields = ", ".join(c.fields) if c.fields else "—"
        print(f"  {describe_conflict(c)} [{fields}]: {kept}")
    print(tr.translate("MergeCommand", "The other version of each conflict is kept in the history."))
    return EXIT_CONFLICTS


def send_copy_describe(tr: Translates) -> str:
    """Help line of `leitplanken send-copy`."""
    return tr.translate("SendCopyCommand", "write a clean copy to send, optionally encrypted")


def send_copy_arguments(parser: argparse.ArgumentParser, tr: Translates) -> None:
    """FILE, OUT and --passphrase-file."""
    parser.add_argument("file", metavar="FILE", type=Path,
                        help=tr.translate("SendCopyCommand", "the workspace file"))
    parser.add_argument("out", metavar="OUT", type=Path,
                        help=tr.translate("SendCopyCommand", "where to write the copy"))
    parser.add_argument("--passphrase-file", metavar="F", type=Path, default=None,
                        help=tr.translate("SendCopyCommand", "encrypt with the passphrase in the first line of F"))


def send_copy_run(args: argparse.Namespace, tr: Translates) -> int:
    """Writes the copy; 0 when written, 2 when a file was unusable."""
    # delayed: start-up speed (help and argument parsing need none of this)
    from leitplanken.storage import FileError, WorkspaceFile
    from leitplanken.storage.send_copy import send_copy

    passphrase = None
    if args.passphrase_file is not None:
        passphrase = _read_passphrase(args.passphrase_file, tr)
        if passphrase is None:
            return EXIT_UNUSABLE
    try:
        with WorkspaceFile.open(args.file, read_only=True) as wf:
            written = send_copy(wf, args.out, passphrase)
    except FileError as err:
        return _error(err, tr)
    if passphrase:
        print(fill(tr.translate("SendCopyCommand", "Encrypted copy written to %1."), written))
    else:
        print(fill(tr.translate("SendCopyCommand", "Copy written to %1."), written))
    return EXIT_OK
