"""The "file is in use" dialog: who has it open, and what the user may do instead.

Offers to open the file read-only, to open a copy (an untitled workspace with the file's
content, saved elsewhere later), and — only when the marker is stale (its app on this machine
is gone, or it is older than a working day) — to break the marker and open the file normally.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from leitplanken.i18n.file_errors import display_name
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.storage import WorkspaceFile, break_lock, detach

READ_ONLY, COPY, BREAK = "read_only", "copy", "break"


def _since_text(since: str) -> str:
    """The marker's time in local time, short; the raw text when it cannot be read."""
    try:
        return datetime.fromisoformat(since).astimezone().strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError, OverflowError, OSError):  # a forged year 1 or 9999
        return since or "?"


class LockDialog(QDialog):
    """Shows FileError("locked") details and returns the user's choice in `choice`."""

    def __init__(self, path: Path, details: dict[str, Any], parent: QWidget | None = None) -> None:
        """details: user, machine, since, stale (from the FileError)."""
        super().__init__(parent)
        self.setObjectName("lock-dialog")
        self.choice: str | None = None
        self.setWindowTitle(self.tr("File in use"))
        name = display_name(path, AppTranslator())
        user = str(details.get("user") or "") or self.tr("someone")
        machine = str(details.get("machine") or "") or "?"
        text = fill(self.tr("“%1” is open by %2 on the computer “%3” since %4."), name, user,
                    machine, _since_text(str(details.get("since") or "")))
        stale = bool(details.get("stale"))
        if details.get("unreadable"):
            text = fill(self.tr(
                "“%1” seems to be in use, but its “in use” marker cannot be read: it is "
                "damaged, or it is not a file Leitplanken wrote (a link, a folder, a pipe)."),
                name)
        if stale:
            text += "\n\n" + self.tr(
                "The app that opened it seems to be gone (it crashed, or the marker is very "
                "old). If you are sure nobody is working on it, you may break the marker.")
        else:
            text += "\n\n" + self.tr(
                "To avoid overwriting each other's work, open it read-only or open a copy "
                "and merge it back later (File → Merge from file…).")
        self.message = QLabel(text, self)
        self.message.setObjectName("lock-message")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.read_only_button = self._add(buttons, self.tr("Open &read-only"), READ_ONLY)
        self.copy_button = self._add(buttons, self.tr("Open a &copy"), COPY)
        self.break_button = self._add(buttons, self.tr("&Break the marker and open"), BREAK)
        self.break_button.setVisible(stale)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _add(self, buttons: QDialogButtonBox, text: str, choice: str) -> QPushButton:
        """A button that closes the dialog with `choice`."""
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.setObjectName(f"lock-{choice}")
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: str) -> None:
        """Remembers the choice and closes."""
        self.choice = choice
        self.accept()


def open_despite_lock(path: Path, choice: str) -> Any:
    """Carries out a LockDialog choice; returns the WorkspaceFile (FileError passes through)."""
    if choice == BREAK:
        break_lock(path)
        return WorkspaceFile.open(path)
    wf = WorkspaceFile.open(path, read_only=True)
    if choice == COPY:
        detach(wf)
        wf.suggested_name = fill(QCoreApplication.translate("LockDialog", "%1 (copy)"),
                                 path.stem) + path.suffix
    return wf
