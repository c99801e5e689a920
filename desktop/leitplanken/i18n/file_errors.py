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


def file_error_text(err: Any, tr: Translates) -> str:
    """The message for a FileError in the language of `tr`."""
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
