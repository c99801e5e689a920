"""The start page: how many use cases stand where, and what needs attention now.

Every attention entry (pilot trap, overdue item, invalid RACI, review due, a person who
carries too much) opens the place to act on it. The page recomputes only while visible.
"""

from __future__ import annotations

import html
from collections import Counter
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QFont, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leitplanken.domain.model import BoardRole, Status
from leitplanken.domain.rules import Finding, attention_items
from leitplanken.i18n.board_grammar import capitalised
from leitplanken.i18n.findings import finding_text
from leitplanken.i18n.labels import board_words, status_label
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.ui.settings import app_settings
from leitplanken.ui.widgets.colours import Tone, brush
from leitplanken.ui.workspace.session import Session

_FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
#: Marks the line that shows the next entries of a long attention list.
_MORE_ROLE = Qt.ItemDataRole.UserRole + 2
#: How many attention entries are worded and shown at a time.
ATTENTION_PAGE = 100


class Dashboard(QWidget):
    """Counts per status and the attention list."""

    #: Open a use case on a tab: (use case UUID, tab key, params for focus_target).
    navigate = Signal(str, str, dict)
    #: Show the register filtered by one status (value of Status).
    status_chosen = Signal(str)
    #: Show the people page (load findings concern people, not a use case).
    people_requested = Signal()
    #: The workspace is empty and the user wants to start (the guided first use case).
    start_requested = Signal()
    #: Open Settings at the part that is missing: "name", "board", "meeting" or "me".
    settings_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        """Builds the page; contents are filled when it is first shown."""
        super().__init__(parent)
        self.session = session
        self._tr = AppTranslator()
        self._dirty = True
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.missing = QLabel(self)
        self.missing.setObjectName("dashboard-missing")
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.RichText)
        self.missing.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.missing.linkActivated.connect(self._missing_link)
        self.missing.setFrameShape(QFrame.Shape.StyledPanel)
        self.missing.setContentsMargins(8, 6, 8, 6)
        self.missing.hide()
        self.status_box = QGroupBox(self)
        grid = QGridLayout(self.status_box)
        self.status_buttons: dict[Status, QPushButton] = {}
        for i, status in enumerate(Status):
            button = QPushButton(self.status_box)
            button.setObjectName(f"status-{status.value}")
            button.setMinimumHeight(56)
            tile_font = QFont(button.font())
            tile_font.setPointSizeF(tile_font.pointSizeF() * 1.15)
            button.setFont(tile_font)
            button.clicked.connect(lambda _c=False, s=status: self.status_chosen.emit(s.value))
            self.status_buttons[status] = button
            grid.addWidget(button, i // 3, i % 3)
        self.attention_box = QGroupBox(self)
        self.attention = QListWidget(self.attention_box)
        self.attention.setObjectName("attention-list")
        self.attention.setWordWrap(True)
        self.attention.itemActivated.connect(self._activate)
        self.attention.itemClicked.connect(self._activate)
        self._findings: list[Finding] = []
        self.empty_note = QLabel(self.attention_box)
        self.empty_note.setWordWrap(True)
        inner = QVBoxLayout(self.attention_box)
        inner.addWidget(self.attention, 1)
        inner.addWidget(self.empty_note)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("dashboard-start")
        self.start_button.clicked.connect(self.start_requested)
        self.start_button.hide()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.missing)
        layout.addWidget(self.status_box)
        layout.addWidget(self.attention_box, 1)
        layout.addWidget(self.hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        session.changed.connect(self._mark_dirty)
        session.reset.connect(self._mark_dirty)
        self.retranslate()

    def _mark_dirty(self, *_args: object) -> None:
        """Recompute soon if visible, else when next shown."""
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Brings the page up to date when the user comes back to it."""
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Recounts statuses and rebuilds the attention list."""
        self._dirty = False
        ws = self.session.workspace
        name = ws.company.name.strip()
        self.heading.setText(fill(self.tr("%1 – AI use cases"), name) if name else self.tr("AI use cases"))
        self._fill_missing()
        self.start_button.setVisible(not ws.use_cases and not self.session.read_only)
        counts = Counter(uc.status for uc in ws.use_cases)
        for status, button in self.status_buttons.items():
            button.setText(f"{counts.get(status, 0)}\n{status_label(status, self._tr)}")
            button.setToolTip(fill(self.tr("Shows the use cases with status “%1” in the register"),
                                   status_label(status, self._tr)))
        self._fill_attention(attention_items(ws, self.session.today(), self.session.digests()))

    def missing_parts(self) -> list[tuple[str, str, str]]:
        """What the decision record still lacks: (settings section, what is missing, link text)."""
        ws = self.session.workspace
        parts = []
        # the board by the company's name for it ("des Verwaltungsrats"), not a generic word
        board = board_words(ws.company.board_name, app_settings.interface_language(), self._tr)
        if not ws.company.name.strip():
            parts.append(("name", self.tr("The company name is missing."), self.tr("Add it")))
        if not ws.board:
            parts.append(("board", self.tr("No board members yet: the record's signature lines stay empty."),
                          self.tr("Add them")))
        elif not {m.role for m in ws.board} >= {BoardRole.CHAIR, BoardRole.MINUTE_TAKER}:
            parts.append(("board", fill(self.tr("%1 has no chair or no minute-taker to sign the minutes."),
                                        capitalised(board.dative)), self.tr("Choose them")))
        if ws.use_cases and ws.company.meeting_date is None:
            parts.append(("meeting", fill(self.tr("No date for the next meeting of %1."), board.genitive),
                          self.tr("Set it")))
        if not app_settings.my_name():
            parts.append(("me", self.tr("The history does not know who you are: changes are recorded "
                                        "under this computer's account name."), self.tr("Choose your name")))
        return parts

    def _fill_missing(self) -> None:
        """One line per missing part, each with a link to the Settings page that fills it."""
        parts = [] if self.session.read_only else self.missing_parts()
        lines = [f"⚠ {html.escape(text)} <a href=\"{key}\">{html.escape(link)}</a>"
                 for key, text, link in parts]
        self.missing.setText("<br>".join(lines))
        self.missing.setVisible(bool(lines))

    def _missing_link(self, key: str) -> None:
        """A click on "Add it": Settings at that part."""
        self.settings_requested.emit(key)

    def _fill_attention(self, findings: list[Finding]) -> None:
        """One line per finding, most serious first; a long list shows its first entries and
        a line that shows the next ones (thousands of lines would only bury the first)."""
        self._findings = findings
        self.attention.clear()
        self._add_attention(ATTENTION_PAGE)
        self.empty_note.setVisible(not findings)
        self.attention.setVisible(bool(findings))
        if not self.session.workspace.use_cases and not self.session.read_only:  # where to begin
            self.empty_note.setText(self.tr(
                "No use case yet. “Start with your first use case…” asks the article's three "
                "questions and fills in the use case and who answers for what; it takes about "
                "five minutes."))
        else:
            self.empty_note.setText(self._nothing_text())

    def _add_attention(self, count: int) -> None:
        """Adds the next `count` findings (each worded now), then a "show more" line if any
        are left."""
        ws = self.session.workspace
        lang = app_settings.interface_language()
        last = self.attention.count() - 1
        if last >= 0 and self.attention.item(last).data(_MORE_ROLE):
            self.attention.takeItem(last)
        start = self.attention.count()
        for finding in self._findings[start:start + count]:
            text = finding_text(finding, ws, self._tr, lang)
            uc = ws.use_case(finding.use_case_uuid) if finding.use_case_uuid else None
            if uc is not None and uc.title and uc.title not in text:
                text = fill(self.tr("%1: %2"), uc.title, text)
            item = QListWidgetItem(f"{self._marker(finding)}  {text}")
            item.setData(_FINDING_ROLE, finding)
            item.setForeground(brush(Tone(finding.severity)) if finding.severity in set(Tone) else QBrush())
            item.setToolTip(self._where(finding))
            self.attention.addItem(item)
        left = len(self._findings) - self.attention.count()
        if left > 0:
            more = QListWidgetItem(self.tr("Show %n more entry(s)…", None, min(left, ATTENTION_PAGE))
                                   + "  " + self.tr("(%n not shown yet)", None, left))
            more.setData(_MORE_ROLE, True)
            link = QFont(self.attention.font())
            link.setUnderline(True)  # it reads as what it is: a click shows more
            more.setFont(link)
            more.setForeground(self.palette().link())
            more.setToolTip(self.tr("The list is sorted by urgency: the most serious entries "
                                    "come first"))
            self.attention.addItem(more)

    def _marker(self, finding: Finding) -> str:
        """A symbol per severity, so the list reads without colour too."""
        return {"error": "✖", "warning": "⚠", "hint": "ℹ"}.get(finding.severity, "•")

    def _where(self, finding: Finding) -> str:
        """The tooltip says where a click leads."""
        if finding.use_case_uuid is None:
            return self.tr("Click to open the people list")
        return self.tr("Click to open the use case where this is fixed")

    def _activate(self, item: QListWidgetItem) -> None:
        """Opens the place to act on a finding (or shows the next entries)."""
        if item.data(_MORE_ROLE):
            row = self.attention.row(item)
            self._add_attention(ATTENTION_PAGE)
            self.attention.scrollToItem(self.attention.item(row))
            return
        finding: Any = item.data(_FINDING_ROLE)
        if finding is None:
            return
        if finding.use_case_uuid:
            params = dict(finding.params)
            if finding.activity_uuid:
                params.setdefault("activity_uuid", finding.activity_uuid)
            if finding.item_uuid:
                params.setdefault("item_uuid", finding.item_uuid)
            self.navigate.emit(finding.use_case_uuid, finding.tab or "overview", params)
        else:
            self.people_requested.emit()

    def _nothing_text(self) -> str:
        """The attention list is empty and there are use cases: all is well."""
        return self.tr("Nothing needs attention right now: no pilot waits too long, nothing is overdue and every responsibility matrix is valid.")

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.start_button.setText(self.tr("&Start with your first use case…"))
        self.start_button.setToolTip(self.tr("Answers the article's three questions step by step and fills the use case and its responsibility matrix"))
        self.status_box.setTitle(self.tr("Use cases by status"))
        self.attention_box.setTitle(self.tr("Needs attention"))
        self.empty_note.setText(self._nothing_text())
        self.hint.setText(self.tr("“For customers there is no pilot phase.” Pilots that wait too long for a decision are listed here as pilot traps."))
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Qt's route for a live language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
