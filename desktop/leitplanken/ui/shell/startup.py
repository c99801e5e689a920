"""What the window shows first: the file asked for, the demo, the last file, or the welcome page.

Starting again opens yesterday's file, so an owner never thinks their work is gone; the very
first start (or a last file that is gone or cannot be opened) shows the welcome page, with a
short note saying why when there was a last file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from leitplanken.i18n.file_errors import file_error_text
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.storage import FileError
from leitplanken.ui.files.errors import show_unexpected
from leitplanken.ui.files.file_ops import open_for_editing, session_for
from leitplanken.ui.settings import app_settings, recent_files

#: Opens what the command line asked for: (window, path, demo) → (session, notice).
OpenFirst = Callable[[Any, Path | None, bool], tuple[Any, FileError | None]]


def last_file() -> Path | None:
    """The file opened or saved last (even if it is gone now), None on the very first start."""
    stored = app_settings.get(app_settings.RECENT_FILES)
    return Path(stored[0]) if stored else None


def start(window: Any, path: Path | None, demo: bool, open_first: OpenFirst) -> FileError | None:
    """Shows the first workspace or the welcome page; returns a notice to show with a file.

    A path or --demo goes through `open_first` as before; without them the last file opens,
    and when that is not possible the welcome page says why in one sentence.
    """
    if path is not None or demo:
        session, notice = open_first(window, path, demo)
        window.set_session(session)
        return notice
    last = last_file()
    if last is None:
        window.show_welcome()
        return None
    tr = AppTranslator()
    if not last.exists():
        window.show_welcome(fill(tr.translate(
            "Startup", "The file you worked on last, “%1”, is not where it was (%2). If it is "
            "on a USB stick or a network drive, connect it and choose Open a file."),
            last.name, str(last.parent)))
        return None
    try:
        wf, notice = open_for_editing(last)
        session = session_for(wf)  # closes the file again if it cannot be read
    except FileError as err:
        window.show_welcome(fill(tr.translate(
            "Startup", "The file you worked on last could not be opened again: %1"),
            file_error_text(err, tr)))
        return None
    except Exception as exc:  # noqa: BLE001 - a bug while opening: said as one, then welcome
        show_unexpected(window, exc, "opening the last file at start-up")
        window.show_welcome()
        return None
    recent_files.remember(last)
    window.set_session(session)
    return notice
