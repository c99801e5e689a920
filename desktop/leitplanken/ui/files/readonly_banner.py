"""The yellow bar above the pages while the workspace is read-only, with "Save as…" at hand.

A file on a write-protected stick, a file someone else has open, or one opened read-only on
purpose: the user sees it at once instead of discovering it when Save fails.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from leitplanken.ui.widgets.colours import banner_style


class ReadOnlyBanner(QFrame):
    """Visible exactly while the session is read-only; its button asks for Save as."""

    save_as_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Hidden until follow() sees a read-only session."""
        super().__init__(parent)
        self.setObjectName("readonly-banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(banner_style("#readonly-banner"))
        self.label = QLabel(self)
        self.label.setObjectName("readonly-text")
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("readonly-save-as")
        self.button.clicked.connect(self.save_as_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._session: Any = None
        self.retranslate()
        self.hide()

    def follow(self, session: Any) -> None:
        """Shows or hides the bar with the session's read-only state, now and on changes."""
        self._session = session  # a replaced session is closed and deleted: it emits no more
        if session is not None:
            session.file_state_changed.connect(self.update_state)
        self.update_state()

    def update_state(self) -> None:
        """Visible exactly while the session is read-only."""
        session = self._session
        self.setVisible(bool(session is not None and session.read_only))

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.label.setText(self.tr(
            "This file is open read-only (the file or the medium is write-protected, someone "
            "else has it open, or you chose so). You can look at everything; to keep changes, "
            "save a copy with “Save as…”."))
        self.button.setText(self.tr("Save &as…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Follows a live language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
