"""At start-up: unsaved work of an app that crashed or was killed, offered back to the user.

Lists each orphaned working copy (which file, when it was last changed, how many changes)
with "Recover" (opens it; Save writes to the original file) and "Discard" (after a question).
Work that had already been saved is cleaned up without asking.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leitplanken.i18n.file_errors import display_name
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.storage import FileError, discard_orphan, discard_saved_twins, recover_orphan
from leitplanken.ui.files.errors import show_error


def _local(stamp: str) -> str:
    """A stored UTC time as local "YYYY-MM-DD HH:MM"."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError, OverflowError, OSError):  # a forged note's year 1 or 9999
        return "?"


class RecoveryDialog(QDialog):
    """Lets the user recover or discard each orphan; `recovered` holds the chosen one."""

    def __init__(self, orphans: list[Any], parent: QWidget | None = None) -> None:
        """orphans: leitplanken.storage.Orphan objects with unsaved work."""
        super().__init__(parent)
        self.setObjectName("recovery-dialog")
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.orphans = list(orphans)
        self.recovered: Any = None
        intro = QLabel(self.tr(
            "Leitplanken was closed unexpectedly last time (a crash, a power cut or a killed "
            "process). The following work was not saved yet. Recover it to continue where you "
            "left off; saving then writes it to its file."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("recovery-list")
        for orphan in self.orphans:
            item = QListWidgetItem(self._describe(orphan), self.list)
            item.setData(Qt.ItemDataRole.UserRole, orphan)
        self.list.setCurrentRow(0)
        self.recover_button = QPushButton(self.tr("&Recover"), self)
        self.recover_button.setObjectName("recovery-recover")
        self.discard_button = QPushButton(self.tr("&Discard…"), self)
        self.discard_button.setObjectName("recovery-discard")
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        later = buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("recovery-later")
        self.recover_button.clicked.connect(self._recover)
        self.discard_button.clicked.connect(self._discard)
        later.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def _describe(self, orphan: Any) -> str:
        """"Firma.leitplanken — last change 2026-11-25 09:14, 3 change(s)"."""
        tr = AppTranslator()
        name = (display_name(orphan.origin, tr) if orphan.origin is not None
                else self.tr("Untitled workspace"))
        changes = self.tr("%n unsaved change(s)", None, max(orphan.changes, 1))
        return fill(self.tr("%1 — last change %2, %3"), name,
                    _local(orphan.last_change or orphan.since), changes)

    def _current(self) -> Any:
        """The orphan of the selected row."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _recover(self) -> None:
        """Closes the dialog with the selected orphan as the choice."""
        self.recovered = self._current()
        if self.recovered is not None:
            self.accept()

    def _discard(self) -> None:
        """Deletes the selected orphan after an explicit question."""
        orphan = self._current()
        if orphan is None:
            return
        answer = QMessageBox.question(self, self.tr("Discard unsaved work"), self.tr(
            "Discard this unsaved work for good? It cannot be brought back."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        discard_orphan(orphan)
        self.list.takeItem(self.list.currentRow())
        if self.list.count() == 0:
            self.reject()


def offer_recovery(window: Any) -> bool:
    """Called once at start-up: shows the dialog when there is unsaved work; True if recovered.

    A recovered file replaces what the window shows (an unmodified session of the same file
    is closed first, so the recovered work can take its place as the file's editor).
    """
    orphans = discard_saved_twins()
    if not orphans:
        return False
    dialog = RecoveryDialog(orphans, window)
    dialog.exec()
    orphan = dialog.recovered
    if orphan is None:
        return False
    current = window.session
    if (current is not None and not current.modified and current.path is not None
            and orphan.origin is not None and Path(current.path) == orphan.origin):
        current.close()
    try:
        wf = recover_orphan(orphan)
        window.files._hand_over(wf)  # closes the recovered copy again if it cannot be read
    except FileError as err:
        show_error(window, err, dialog.windowTitle())
        return False
    return True
