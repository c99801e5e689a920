"""`leitplanken merge` and `leitplanken send-copy`: sharing files from the command line.

merge never asks: conflicts keep "mine" (or --prefer theirs), are listed, and the other
version stays whole in the history. Exit codes follow cli.py: 0 merged without conflicts (or
copy written), 1 merged with conflicts decided by the preference, 2 a file was unusable or
the target may not be written.

Writing is guarded like the window's Save: a target someone has open (a live "in use" marker
of another process or machine) is never written; an existing file is replaced only with
--force (a stale marker too), and then the previous version is kept as NAME.bak; a target
that is one of the inputs is refused (merge -o MINE is the same as merging in place).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from leitplanken.i18n.translator import Translates, fill

EXIT_OK, EXIT_CONFLICTS, EXIT_UNUSABLE = 0, 1, 2


def _error(err: Exception, tr: Translates, role: str) -> int:
    """Prints a FileError in the user's language, with the way out `role` of the CLI offers."""
    import sys

    # delayed: start-up speed (help and argument parsing need none of this)
    from leitplanken.i18n.file_errors import file_error_text

    print(file_error_text(err, tr, cli=role), file=sys.stderr)
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
    _force_argument(parser, tr)


def _force_argument(parser: argparse.ArgumentParser, tr: Translates) -> None:
    """--force: replace an existing target (keeping NAME.bak) or write past a stale marker."""
    parser.add_argument("--force", action="store_true", help=tr.translate(
        "FileCommands", "replace an existing file (the previous one is kept as NAME.bak) "
        "or write despite a stale “in use” marker"))


def _same(a: Path, b: Path) -> bool:
    """Whether two paths name one file (resolved, so ./x and x are the same)."""
    try:
        return a.expanduser().resolve() == b.expanduser().resolve()
    except (OSError, RuntimeError):
        return False


def _may_write(target: Path, tr: Translates, force: bool, role: str, *,
               replacing: bool = True) -> bool:
    """Whether the CLI may write `target`; says why not on stderr.

    A live marker of another process or machine always refuses (someone works on the file);
    a stale one, like an existing file, only with --force. `replacing` False: the file is the
    one being merged in place, so only the marker is judged.
    """
    import sys

    # delayed: start-up speed (help and argument parsing need none of this)
    from leitplanken.storage import FileError
    from leitplanken.storage.lock import read_lock

    holder = read_lock(target)
    if holder is not None and not holder.is_ours() and not holder.is_own_crash():
        if not holder.is_stale():
            _error(FileError("locked", target, **holder.details()), tr, role)
            print(tr.translate("FileCommands", "Nothing was written."), file=sys.stderr)
            return False
        if not force:
            print(fill(tr.translate("FileCommands", "%1 has an “in use” marker whose holder "
                                    "is gone (stale). Nothing was written; use --force to "
                                    "write anyway."), target), file=sys.stderr)
            return False
    if replacing and target.exists() and not force:
        print(fill(tr.translate("FileCommands", "%1 already exists. Nothing was written; use "
                                "--force to replace it (the previous version is kept as "
                                "%2)."), target, target.name + ".bak"), file=sys.stderr)
        return False
    return True


def pdf_target_refused(target: Path, tr: Translates) -> bool:
    """Whether an export must not write `target`: it is a workspace (or someone has it open).

    Replacing an old PDF is what re-exporting is for; replacing a workspace with a PDF would
    destroy it. Says why on stderr when refusing.
    """
    import sys

    if not _may_write(target, tr, True, "export-pdf", replacing=False):
        return True
    try:
        with open(target, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return False  # nothing there (or unreadable: writing will say so)
    from leitplanken.storage.crypto import is_encrypted_header  # delayed: start-up speed

    if head.startswith(b"SQLite format 3") or is_encrypted_header(head):
        print(fill(tr.translate("FileCommands", "%1 is a Leitplanken workspace (or another "
                                "database); the PDF must not overwrite it. Choose another name "
                                "for the PDF."), target), file=sys.stderr)
        return True
    return False


def _break_stale(target: Path) -> None:
    """Removes a stale marker the user overrode with --force (a live one is never touched)."""
    import contextlib

    # delayed: start-up speed (help and argument parsing need none of this)
    from leitplanken.storage import FileError
    from leitplanken.storage.lock import break_lock

    with contextlib.suppress(FileError):
        break_lock(target)


def read_passphrase(path: Path, tr: Translates) -> str | None:
    """The first line of a passphrase file, or None after telling the user what is wrong."""
    import sys

    from leitplanken.storage.crypto import passphrase_from_file  # delayed: start-up speed

    try:
        passphrase = passphrase_from_file(path)
    except (OSError, UnicodeDecodeError):
        print(fill(tr.translate("SendCopyCommand", "Cannot read the passphrase from %1."), path),
              file=sys.stderr)
        return None
    if not passphrase:
        print(tr.translate("SendCopyCommand", "The passphrase file is empty."), file=sys.stderr)
        return None
    return passphrase


def _merge_target(args: argparse.Namespace, tr: Translates) -> Path | None | bool:
    """Where the merge result goes (None: MINE in place), or False after saying why not."""
    import sys

    out: Path | None = args.output
    if out is not None and _same(out, args.mine):
        out = None  # -o MINE is merging in place: marker and backup as for Save
    if out is not None and _same(out, args.theirs):
        print(fill(tr.translate("MergeCommand", "%1 is the copy being merged in; write the "
                                "result to another file."), out), file=sys.stderr)
        return False
    target = args.mine if out is None else out
    if not _may_write(target, tr, args.force, "merge", replacing=out is not None):
        return False
    if args.force:
        _break_stale(target)
    # Checked before opening: the marker and .bak of such a name cannot be created, which the
    # storage reports as an unreachable folder ("io") when it tries.
    from leitplanken.storage import FileError, too_long_to_save_beside  # delayed: start-up speed

    if too_long_to_save_beside(target):
        _error(FileError("name_too_long_to_save", target), tr, "merge")
        return False
    return out


def merge_run(args: argparse.Namespace, tr: Translates) -> int:
    """Merges THEIRS into MINE (or into OUT) and reports what happened."""
    # delayed: start-up speed (help and argument parsing need none of this)
    from leitplanken.storage import FileError, WorkspaceFile
    from leitplanken.storage.merge_apply import describe_conflict, prepare

    target = _merge_target(args, tr)
    if target is False:
        return EXIT_UNUSABLE
    out = target if isinstance(target, Path) else None
    theirs: Path = args.theirs
    plain: Path | None = None
    if args.passphrase_file is not None:
        from leitplanken.storage.send_copy import decrypt_to_temp  # delayed: start-up speed

        passphrase = read_passphrase(args.passphrase_file, tr)
        if passphrase is None:
            return EXIT_UNUSABLE
        try:
            plain = decrypt_to_temp(theirs, passphrase)
        except FileError as err:
            return _error(err, tr, "merge-theirs")
    try:
        wf = WorkspaceFile.open(args.mine, read_only=out is not None)
    except FileError as err:
        if plain is not None:
            plain.unlink(missing_ok=True)
        return _merge_error(err, args, plain, tr)
    try:
        if out is not None:
            wf.read_only = False  # the result goes to OUT; MINE itself is never written
        session = prepare(wf, plain or theirs, prefer=args.prefer)
        counts = session.apply()
        wf.save(out)
    except FileError as err:
        return _merge_error(err, args, plain, tr)
    finally:
        wf.close()
        if plain is not None:
            plain.unlink(missing_ok=True)
    return _merge_report(args, session, counts, out, describe_conflict, tr)


def _merge_error(err: Any, args: argparse.Namespace, plain: Path | None,
                 tr: Translates) -> int:
    """Prints a FileError of merge: THEIRS is only read, MINE (or OUT) is written."""
    path = getattr(err, "path", None)
    if path is not None and plain is not None and _same(path, plain):
        err.path = args.theirs  # the user knows the copy they gave, not our decrypted temp file
        return _error(err, tr, "merge-theirs")
    if path is not None and _same(path, args.theirs) and not _same(path, args.mine):
        return _error(err, tr, "merge-theirs")
    return _error(err, tr, "merge")


def _merge_report(args: argparse.Namespace, session: Any, counts: dict[str, int],
                  out: Path | None, describe: Callable[[Any], str], tr: Translates) -> int:
    """Prints what the merge did; 1 when something needs the user's eyes."""
    print(fill(tr.translate("MergeCommand", "Merged %1 into %2."), args.theirs, out or args.mine))
    print(tr.translate("MergeCommand", "%n record(s) added", None, counts["added"]))
    print(tr.translate("MergeCommand", "%n record(s) changed", None, counts["changed"]))
    print(tr.translate("MergeCommand", "%n record(s) deleted", None, counts["deleted"]))
    conflicts = list(getattr(session, "conflicts", []))
    notes = 0
    if counts.get("dropped"):
        notes += 1
        print(tr.translate("MergeCommand", "%n change(s) were removed by a deletion in the "
                           "other copy that had not seen them; each is kept whole in the "
                           "history.",
                           None, counts["dropped"]))
    if counts.get("rewritten"):
        notes += 1
        print(tr.translate("MergeCommand", "%n decision(s) differ between the copies although "
                           "decisions are never changed (edited with another tool?): yours "
                           "stay, theirs were added as separate entries.", None,
                           counts["rewritten"]))
    if not conflicts:
        print(tr.translate("MergeCommand", "No conflicts."))
        return EXIT_CONFLICTS if notes else EXIT_OK
    kept = (tr.translate("MergeCommand", "kept mine") if args.prefer == "mine"
            else tr.translate("MergeCommand", "took theirs"))
    print(tr.translate("MergeCommand", "%n conflict(s), changed on both sides:", None,
                       len(conflicts)))
    for c in conflicts:
        fields = ", ".join(c.fields) if c.fields else "—"
        print(f"  {describe(c)} [{fields}]: {kept}")
    print(tr.translate("MergeCommand", "The other version of each conflict is kept whole in "
                       "the history."))
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
    _force_argument(parser, tr)


def send_copy_run(args: argparse.Namespace, tr: Translates) -> int:
    """Writes the copy; 0 when written, 2 when a file was unusable."""
    import sys

    # delayed: start-up speed (help and argument parsing need none of this)
    from leitplanken.storage import FileError, WorkspaceFile
    from leitplanken.storage.send_copy import send_copy

    if _same(args.out, args.file):
        print(fill(tr.translate("SendCopyCommand", "%1 is the workspace itself; write the copy "
                                "to another file."), args.out), file=sys.stderr)
        return EXIT_UNUSABLE
    if not _may_write(args.out, tr, args.force, "send-copy"):
        return EXIT_UNUSABLE
    if args.force:
        _break_stale(args.out)
    passphrase = None
    if args.passphrase_file is not None:
        passphrase = read_passphrase(args.passphrase_file, tr)
        if passphrase is None:
            return EXIT_UNUSABLE
    try:
        with WorkspaceFile.open(args.file, read_only=True) as wf:
            written = send_copy(wf, args.out, passphrase)
    except FileError as err:
        # errors about FILE are about reading it; all others concern the copy being written
        reading = err.path is not None and _same(err.path, args.file)
        return _error(err, tr, "send-copy-file" if reading else "send-copy")
    if passphrase:
        print(fill(tr.translate("SendCopyCommand", "Encrypted copy written to %1."), written))
    else:
        print(fill(tr.translate("SendCopyCommand", "Copy written to %1."), written))
    return EXIT_OK
