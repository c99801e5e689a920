"""The welcome page: what the window shows when no workspace is open (the very first start).

Three ways in, as big buttons: create my company's workspace, open a file, look at the demo;
below them the recent files. A note above says why it is shown when the last file could not
be opened again, so an owner never wonders where yesterday's work went.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leitplanken.ui.settings.recent_files import recent_files

_PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class WelcomePage(QWidget):
    """Create, open or look at the demo; the recent files to pick up where one left off."""

    #: "Create my company's workspace" was chosen.
    create_requested = Signal()
    #: "Open a file…" was chosen.
    open_requested = Signal()
    #: "Look at the demo" was chosen.
    demo_requested = Signal()
    #: A recent file was chosen (its path).
    recent_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Builds the page; `set_notice` and `refresh` fill it."""
        super().__init__(parent)
        self.setObjectName("welcome-page")
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setObjectName("welcome-notice")
        self.notice.setWordWrap(True)
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setContentsMargins(8, 6, 8, 6)
        self.notice.hide()
        self.create_button = self._big_button("welcome-create", self.create_requested)
        self.open_button = self._big_button("welcome-open", self.open_requested)
        self.demo_button = self._big_button("welcome-demo", self.demo_requested)
        self.create_button.setDefault(True)
        self.create_hint = self._hint()
        self.open_hint = self._hint()
        self.demo_hint = self._hint()
        self.recent_heading = QLabel(self)
        self.recent = QListWidget(self)
        self.recent.setObjectName("welcome-recent")
        self.recent.itemActivated.connect(self._recent_activated)
        self.recent.setMaximumHeight(180)
        self.recent_heading.setBuddy(self.recent)
        self.no_recent = QLabel(self)
        self.no_recent.setStyleSheet("color: palette(placeholder-text);")

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addWidget(self.notice)
        column.addSpacing(8)
        for button, hint in ((self.create_button, self.create_hint),
                             (self.open_button, self.open_hint),
                             (self.demo_button, self.demo_hint)):
            column.addWidget(button)
            column.addWidget(hint)
        column.addSpacing(12)
        column.addWidget(self.recent_heading)
        column.addWidget(self.recent)
        column.addWidget(self.no_recent)
        column.addStretch(1)
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setMaximumWidth(640)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(holder, 4)
        outer.addStretch(1)
        self.retranslate()
        self.refresh()

    def _big_button(self, name: str, signal: SignalInstance) -> QPushButton:
        """One of the three ways in: a tall button the eye finds at once."""
        button = QPushButton(self)
        button.setObjectName(name)
        button.setMinimumHeight(44)
        font = QFont(button.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        button.setFont(font)
        button.clicked.connect(signal)
        return button

    def _hint(self) -> QLabel:
        """A line under a button saying what it does."""
        label = QLabel(self)
        label.setWordWrap(True)
        label.setStyleSheet("color: palette(placeholder-text);")
        return label

    def set_notice(self, text: str) -> None:
        """Why the page shows (the last file could not be opened); empty hides the note."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def refresh(self) -> None:
        """Lists the recent files that still exist, most recent first."""
        self.recent.clear()
        for path in recent_files():
            item = QListWidgetItem(f"{path.name}  —  {path.parent}")
            item.setData(_PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        has_files = self.recent.count() > 0
        self.recent.setVisible(has_files)
        self.no_recent.setVisible(not has_files)

    def _recent_activated(self, item: QListWidgetItem) -> None:
        """Opens the chosen recent file (double-click or Enter)."""
        path = item.data(_PATH_ROLE)
        if path:
            self.recent_chosen.emit(Path(path))

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.heading.setText(self.tr("Welcome to Leitplanken"))
        self.intro.setText(self.tr(
            "Leitplanken keeps your company's AI use cases in order: who answers for what, what "
            "still has to be done before regular operation, and the decision record for your "
            "board. Everything stays in one file on this computer."))
        self.create_button.setText(self.tr("&Create my company's workspace…"))
        self.create_hint.setText(self.tr(
            "Asks for your company and its board on one short page; you can also fill it in later."))
        self.open_button.setText(self.tr("&Open a file…"))
        self.open_hint.setText(self.tr(
            "A workspace file (.leitplanken) from this computer, a USB stick or an e-mail."))
        self.demo_button.setText(self.tr("Look at the &demo"))
        self.demo_hint.setText(self.tr(
            "A made-up company with a few use cases, to try everything out. Nothing you change "
            "there touches your own files."))
        self.recent_heading.setText(self.tr("&Recent files (double-click to open):"))
        self.no_recent.setText(self.tr("No recent files yet."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Qt's route for a live language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
