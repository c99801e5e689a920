"""What the user reads when a file cannot be opened or saved: one specific text per code.

Each text names the file, says what happened in plain words and what to do next, and that
nothing was lost where that is true. Used by the window (AppTranslator) and the CLI
(Translator of the system language).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from leitplanken.i18n.translator import Translates, fill

#: Longest file name shown in a message before it is shortened in the middle.
_MAX_SHOWN = 80


def display_name(path: Path | str | None, tr: Translates) -> str:
    """The file's name made safe to show: invisible and control characters visible as �."""
    if path is None:
        return tr.translate("FileErrors", "untitled workspace")
    name = Path(path).name or str(path)
    safe = "".join(
        "\ufffd" if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") else ch
        for ch in name
    )
    if len(safe) > _MAX_SHOWN:
        half = _MAX_SHOWN // 2 - 1
        safe = safe[:half] + "…" + safe[-half:]
    return safe


def _texts(tr: Translates) -> dict[str, str]:
    """The message per code; %1 is the file name, %2/%3 code-specific values."""
    return {
        "not_found": tr.translate(
            "FileErrors",
            "The file “%1” was not found. Check the name and the folder, or whether the USB stick is still plugged in.",
        ),
        "is_directory": tr.translate(
            "FileErrors",
            "“%1” is a folder, not a Leitplanken file. Choose the .leitplanken file inside it.",
        ),
        "permission": tr.translate(
            "FileErrors",
            "You have no permission to use “%1”. Ask whoever manages the folder for access, or copy the file into a folder of your own.",
        ),
        "empty": tr.translate(
            "FileErrors",
            "“%1” is empty (0 bytes), probably cut off while copying. Use the original, or the backup copy ending in .bak beside it.",
        ),
        "not_sqlite": tr.translate(
            "FileErrors",
            "“%1” is not a Leitplanken file. It may be another kind of document (a text file, a ZIP archive) that was renamed. Nothing was changed.",
        ),
        "foreign": tr.translate(
            "FileErrors",
            "“%1” is a database of another program, not a Leitplanken workspace. Nothing was changed.",
        ),
        "too_new": tr.translate(
            "FileErrors",
            "“%1” was saved by a newer version of Leitplanken (file version %2; this version reads up to %3). Install the current version of Leitplanken to open it. Nothing was changed.",
        ),
        "damaged": tr.translate(
            "FileErrors",
            "“%1” is damaged and cannot be opened. Nothing was changed. Open the backup copy ending in .bak beside it, or ask the sender for the file again.",
        ),
        "hostile_schema": tr.translate(
            "FileErrors",
            "“%1” contains program code (triggers, views or formulas) that a Leitplanken file never contains. To protect your data it was not opened and nothing was changed. Ask the sender where the file comes from.",
        ),
        "unexpected_schema": tr.translate(
            "FileErrors",
            "“%1” has a structure Leitplanken does not know; it was probably changed with another tool. It was not opened and nothing was changed.",
        ),
        "locked": tr.translate(
            "FileErrors",
            "“%1” is being used by someone else right now. Open it read-only, open a copy, or try again later.",
        ),
        "read_only": tr.translate(
            "FileErrors",
            "“%1” can only be read (the file or the medium is read-only). Your changes are kept; use “Save as…” to store them elsewhere.",
        ),
        "disk_full": tr.translate(
            "FileErrors",
            "Not saved: the medium holding “%1” is full. The file is unchanged and your changes are kept; free some space or use “Save as…” on another drive.",
        ),
        "io": tr.translate(
            "FileErrors",
            "“%1” could not be reached: its folder was deleted or the USB stick removed. Your changes are kept; reconnect the medium or use “Save as…”.",
        ),
        "changed_on_disk": tr.translate(
            "FileErrors",
            "“%1” was changed by someone else since you opened it. Merge their changes, save under another name, or overwrite knowingly.",
        ),
        "encrypted": tr.translate(
            "FileErrors",
            "“%1” is an encrypted copy. Enter its passphrase to open it.",
        ),
        "wrong_passphrase": tr.translate(
            "FileErrors",
            "The passphrase for “%1” is wrong, or the file was altered on the way. Check the passphrase and try again.",
        ),
        "bad_container": tr.translate(
            "FileErrors",
            "“%1” is not a complete encrypted copy; it is damaged or was cut off. Ask the sender for the file again.",
        ),
        "same_file": tr.translate(
            "FileErrors",
            "“%1” is the file that is open right now. Choose another file.",
        ),
        "bad_name": tr.translate(
            "FileErrors",
            "“%1” cannot be used as a file name on every computer (reserved names such as CON, dots or spaces at the end, invisible or special characters, or longer than the 240 bytes a file system allows for a name, fewer letters with umlauts or accents). Choose a short, plain name.",
        ),
        "data_folder_full": tr.translate(
            "FileErrors",
            "Leitplanken’s own working folder (%2) is full, so “%1” cannot be worked on. The file itself is unchanged. Free some space on the drive holding that folder, then try again.",
        ),
        "utf16": tr.translate(
            "FileErrors",
            "“%1” is a SQLite database in UTF-16 encoding. Leitplanken always writes UTF-8, so this file was made or converted by another tool and is not one of ours. Nothing was changed.",
        ),
        "symlink_loop": tr.translate(
            "FileErrors",
            "“%1” is a link that points to itself (directly or through other links), so there is no file behind it. Choose the real file instead. Nothing was changed.",
        ),
        "not_regular": tr.translate(
            "FileErrors",
            "“%1” is not a regular file (it is a pipe, a socket or a device). Choose a .leitplanken file. Nothing was changed.",
        ),
        "name_too_long_to_save": tr.translate(
            "FileErrors",
            "“%1” was opened read-only: its name is too long to save beside it (the backup and lock files need a few more characters than the file system allows). Use “Save as…” with a shorter name to keep your changes.",
        ),
        "wal_set_aside": tr.translate(
            "FileErrors",
            "“%1” was opened read-only: beside it lies a file “-wal” with changes another program made, and they do not fit this workspace (another program may have changed its structure, or the file belongs to another database). They are shown without those changes and nothing was removed. Close the other program and open the file again, or use “Save as…” to keep your own changes in another file.",
        ),
    }


#: The parts of the CLI a message may speak for: a command, or the file a command only reads.
#: "merge" is the file merge writes (MINE, or OUT); "merge-theirs" the copy merged in;
#: "send-copy" the copy written (OUT), "send-copy-file" the workspace it is made from.
CLI_ROLES = ("check", "export-pdf", "merge", "merge-theirs", "send-copy", "send-copy-file",
             "demo", "import")


def _cli_way_out(tr: Translates, role: str) -> str:
    """How the command line gets the work written elsewhere: the clause ending a CLI text."""
    if role == "merge":
        return tr.translate("FileErrorsCli", "write the result elsewhere with -o OUT")
    if role in ("send-copy", "demo"):
        return tr.translate("FileErrorsCli", "give an OUT in a folder you may write to")
    return tr.translate("FileErrorsCli",
                        "copy the file into a folder of your own (cp) and try again")


def _cli_encrypted(tr: Translates, role: str) -> str:
    """The CLI text for an encrypted copy: each command has its own way to read one."""
    if role == "merge":
        return tr.translate(
            "FileErrorsCli",
            "“%1” is an encrypted copy. Only the copy merged in may be encrypted: give it second (as THEIRS) with --passphrase-file FILE, and write the result with -o OUT.",
        )
    if role == "export-pdf":
        return tr.translate(
            "FileErrorsCli",
            "“%1” is an encrypted copy. Merge it into a workspace first (merge MINE THEIRS --passphrase-file FILE), then export that workspace.",
        )
    if role == "import":
        return tr.translate(
            "FileErrorsCli",
            "“%1” is an encrypted copy; use cases are imported into a workspace file. Merge the copy into your file first (merge MINE THEIRS --passphrase-file FILE), then import into that file.",
        )
    if role == "send-copy-file":
        return tr.translate(
            "FileErrorsCli",
            "“%1” is an encrypted copy. Send it as it is, or merge it into your file first (merge MINE THEIRS --passphrase-file FILE).",
        )
    return tr.translate(
        "FileErrorsCli",
        "“%1” is an encrypted copy. Give its passphrase with --passphrase-file FILE (the first line of FILE).",
    )


def _cli_texts(tr: Translates, role: str) -> dict[str, str]:
    """The CLI's text where the window's advice names its own buttons and dialogs.

    The part about the file is the window's; only the way out differs (%2 is it). Codes not
    listed here read the same in the window and on the command line.
    """
    return {
        "permission": tr.translate(
            "FileErrorsCli",
            "You have no permission to use “%1”. Ask whoever manages the folder for access, or %2.",
        ),
        "locked": tr.translate(
            "FileErrorsCli",
            "“%1” is being used by someone else right now. Try again when it is closed there, or work on a copy (cp) of it.",
        ),
        "read_only": tr.translate(
            "FileErrorsCli",
            "“%1” can only be read (the file or the medium is read-only). It is unchanged; %2.",
        ),
        "disk_full": tr.translate(
            "FileErrorsCli",
            "Not saved: the medium holding “%1” is full. The file is unchanged; free some space, or %2.",
        ),
        "io": tr.translate(
            "FileErrorsCli",
            "“%1” could not be reached: its folder was deleted or the USB stick removed. Nothing was written; reconnect the medium and try again, or %2.",
        ),
        "changed_on_disk": tr.translate(
            "FileErrorsCli",
            "“%1” was changed by someone else while the command ran. Nothing was written; run the command again.",
        ),
        "encrypted": _cli_encrypted(tr, role),
        "wrong_passphrase": tr.translate(
            "FileErrorsCli",
            "The passphrase for “%1” is wrong, or the file was altered on the way. Check the first line of the --passphrase-file FILE and try again.",
        ),
        "same_file": tr.translate(
            "FileErrorsCli",
            "“%1” is the same file as the other one given. Give another file.",
        ),
        "name_too_long_to_save": tr.translate(
            "FileErrorsCli",
            "“%1” cannot be written: its name is too long to save beside it (the backup and lock files need a few more characters than the file system allows). It is unchanged; %2, or give it a shorter name (mv).",
        ),
        "wal_set_aside": tr.translate(
            "FileErrorsCli",
            "“%1”: beside it lies a file “-wal” with changes another program made, and they do not fit this workspace (another program may have changed its structure, or the file belongs to another database). Nothing was written and nothing was removed. Close the other program and try again.",
        ),
    }


def file_error_text(err: Any, tr: Translates, *, cli: str | None = None) -> str:
    """The message for a FileError in the language of `tr`; `cli` (a CLI_ROLES entry) for the CLI."""
    if cli is not None:
        return _cli_text(err, tr, cli)
    name = display_name(getattr(err, "path", None), tr)
    details = getattr(err, "details", {}) or {}
    code = getattr(err, "code", "io")
    text = _texts(tr).get(code) or _texts(tr)["io"]
    if code == "too_new":
        return fill(text, name, details.get("version", "?"), details.get("supported", "?"))
    if code == "data_folder_full":
        return fill(text, name, str(details.get("folder") or "?"))
    if code == "locked" and details.get("unreadable"):
        return fill(tr.translate(
            "FileErrors",
            "“%1” seems to be in use, but its “in use” marker (.~lock.…#) cannot be read: it is damaged or was not written by Leitplanken. If you are sure nobody is working on the file, break the marker; otherwise open it read-only or open a copy.",
        ), name)
    if code == "locked" and details.get("user"):
        since = str(details.get("since") or "")[:16].replace("T", " ")
        return fill(
            tr.translate(
                "FileErrors",
                "“%1” is open by %2 on %3 since %4. Open it read-only, open a copy, or try again later.",
            ),
            name,
            details.get("user"),
            details.get("machine") or "?",
            since or "?",
        )
    return fill(text, name)



def _cli_text(err: Any, tr: Translates, role: str) -> str:
    """The message for the command line: the window's, with a way out the CLI offers."""
    if role not in CLI_ROLES:
        raise ValueError(f"unknown CLI role {role!r}")
    code = getattr(err, "code", "io")
    texts = _cli_texts(tr, role)
    if code not in texts:
        return file_error_text(err, tr)  # the window's advice holds on the command line too
    name = display_name(getattr(err, "path", None), tr)
    details = getattr(err, "details", {}) or {}
    if code == "locked" and details.get("unreadable"):
        # the CLI breaks an unreadable (hence stale) marker only when told to with --force
        return fill(tr.translate(
            "FileErrorsCli",
            "“%1” seems to be in use, but its “in use” marker (.~lock.…#) cannot be read: it is damaged or was not written by Leitplanken. If you are sure nobody is working on the file, repeat the command with --force; otherwise work on a copy (cp) of it.",
        ), name)
    if code == "locked" and details.get("user"):
        since = str(details.get("since") or "")[:16].replace("T", " ")
        return fill(
            tr.translate(
                "FileErrorsCli",
                "“%1” is open by %2 on %3 since %4. Try again when it is closed there, or work on a copy (cp) of it.",
            ),
            name,
            details.get("user"),
            details.get("machine") or "?",
            since or "?",
        )
    return fill(texts[code], name, _cli_way_out(tr, role))
