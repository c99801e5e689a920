"""The window's part for sharing files: File → Send copy…, Merge from file…, Check file…,
and the read-only banner above the pages.

Installed by the main window with one call; follows each new session; re-sets its texts when
the language changes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QVBoxLayout, QWidget

from leitplanken.ui.files.readonly_banner import ReadOnlyBanner


class FileSharing(QObject):
    """Creates the three File actions and the banner for one main window."""

    def __init__(self, window: Any) -> None:
        """window: the MainWindow (with .ui, .files, .session and a central widget)."""
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        for key, handler in (("send_copy", self.send_copy), ("merge", self.merge),
                             ("check_file", self.check_file)):
            action = QAction(window)
            action.setObjectName(f"action-{key}")
            action.triggered.connect(lambda _checked=False, h=handler: h())
            window.ui.add_file_action(action)
            self.actions[key] = action
        self.banner = ReadOnlyBanner(window)
        self.banner.save_as_requested.connect(window.files.save_as)
        self._insert_banner()
        window.installEventFilter(self)
        self.retranslate()

    def _insert_banner(self) -> None:
        """Puts the banner above the window's pages (the central widget moves below it)."""
        old = self.window.takeCentralWidget()
        holder = QWidget(self.window)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        if old is not None:
            layout.addWidget(old, 1)
        self.window.setCentralWidget(holder)

    def follow(self, session: Any) -> None:
        """A new session is on show: banner and action states follow it."""
        self.banner.follow(session)
        if session is not None:
            session.file_state_changed.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        """Merging needs a writable workspace; the other two only an open one."""
        session = self.window.session
        self.actions["merge"].setEnabled(session is not None and not session.read_only)
        for key in ("send_copy", "check_file"):
            self.actions[key].setEnabled(session is not None)

    def send_copy(self) -> bool:
        """File → Send copy…"""
        from leitplanken.ui.files.send_copy_dialog import send_copy  # delayed: start-up speed

        return send_copy(self.window)

    def merge(self) -> bool:
        """File → Merge from file…"""
        from leitplanken.ui.files.merge_dialog import merge_from_file  # delayed: start-up speed

        return merge_from_file(self.window)

    def check_file(self) -> bool:
        """File → Check file…"""
        from leitplanken.ui.files.check_file_dialog import check_file  # delayed: start-up speed

        return check_file(self.window)

    def retranslate(self) -> None:
        """Action texts and tips in the interface language."""
        texts = {
            "send_copy": (self.tr("Send &copy…"), self.tr(
                "Writes a clean copy for a USB stick or an e-mail, optionally encrypted")),
            "merge": (self.tr("&Merge from file…"), self.tr(
                "Takes over the changes of a colleague's copy; you decide where both changed")),
            "check_file": (self.tr("Chec&k file…"), self.tr(
                "Checks the file's integrity and lists what the rules find")),
        }
        for key, (text, tip) in texts.items():
            self.actions[key].setText(text)
            self.actions[key].setToolTip(tip)
            self.actions[key].setStatusTip(tip)
        self.banner.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Follows a live language switch of the window."""
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
