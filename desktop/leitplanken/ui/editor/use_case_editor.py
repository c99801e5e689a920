"""The use-case editor: a heading and one tab per part of the use case.

The overview is built here; the other tabs (systems, RACI, checklist, CX, decisions) are
self-contained widgets in their own modules, each a UseCaseTab taking (session, parent).
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leitplanken.domain.pilot import is_pilot_trap, pilot_trap_days
from leitplanken.i18n.board_grammar import BoardPhrases, capitalised
from leitplanken.i18n.labels import (
    board_words,
    mnemonic_letters,
    mnemonic_on_noun,
    status_label,
    without_mnemonic,
)
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.ui.editor.overview_tab import OverviewTab
from leitplanken.ui.editor.use_case_tab import ui_language
from leitplanken.ui.widgets.colours import banner_style
from leitplanken.ui.workspace.session import Session

#: (tab key as findings name it, module, class) in the order PRODUCT.md lists the tabs.
TAB_MODULES: tuple[tuple[str, str, str], ...] = (
    ("systems", "leitplanken.ui.editor.systems_tab", "SystemsTab"),
    ("raci", "leitplanken.ui.editor.raci_tab", "RaciTab"),
    ("checklist", "leitplanken.ui.editor.checklist_tab", "ChecklistTab"),
    ("cx", "leitplanken.ui.editor.cx_tab", "CxTab"),
    ("decisions", "leitplanken.ui.editor.decisions_tab", "DecisionsTab"),
    ("board", "leitplanken.ui.editor.board_section", "BoardTab"),
)


def _tab_class(module_name: str, class_name: str) -> type | None:
    """The tab's class when its module is part of this build."""
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as err:
        if err.name == module_name:
            return None
        raise
    return getattr(module, class_name, None)


class UseCaseEditor(QWidget):
    """Shows one use case at a time across its tabs."""

    #: The user wants to go back to the register.
    back_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        """Creates every available tab once; switching use cases only re-points them."""
        super().__init__(parent)
        self.session = session
        self._tr = AppTranslator()
        self._uuid: str | None = None
        self.back = QPushButton(self)
        self.back.setObjectName("editor-back")
        self.back.clicked.connect(self.back_requested)
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("editor-status")
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.heading, 1)
        top.addWidget(self.status)
        self.trap_banner = QFrame(self)
        self.trap_banner.setObjectName("editor-pilot-trap")
        self.trap_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.trap_banner.setStyleSheet(banner_style("#editor-pilot-trap"))
        self.trap_text = QLabel(self.trap_banner)
        self.trap_text.setWordWrap(True)
        self.trap_button = QPushButton(self.trap_banner)
        self.trap_button.setObjectName("editor-pilot-trap-board")
        self.trap_button.clicked.connect(self.show_board_section)
        banner = QHBoxLayout(self.trap_banner)
        banner.setContentsMargins(8, 4, 8, 4)
        banner.addWidget(self.trap_text, 1)
        banner.addWidget(self.trap_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.trap_banner.hide()
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)

        self.pages: dict[str, Any] = {"overview": OverviewTab(session, self.tabs)}
        self.pages["overview"].raci_requested.connect(lambda: self.show_tab("raci"))
        for key, module_name, class_name in TAB_MODULES:
            cls = _tab_class(module_name, class_name)
            if cls is not None:
                self.pages[key] = cls(session, self.tabs)
        for page in self.pages.values():
            self.tabs.addTab(page, "")
            navigate = getattr(page, "navigate", None)
            if navigate is not None:  # readiness links: (tab, params) inside this use case
                navigate.connect(self.show_tab)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.trap_banner)
        layout.addWidget(self.tabs, 1)
        session.changed.connect(self._on_changed)
        # the tabs' texts are all in their language by the time another tab is shown
        self.tabs.currentChanged.connect(lambda _index: self._retitle_board())
        self.retranslate()

    @property
    def use_case_uuid(self) -> str | None:
        """The use case on show."""
        return self._uuid

    def set_use_case(self, uuid: str | None) -> None:
        """Shows a use case on every tab; another use case starts at the top of each tab."""
        changed = uuid != self._uuid
        self._uuid = uuid
        for page in self.pages.values():
            page.set_use_case(uuid)
        if changed:  # the last use case's scroll position would put an edit in the wrong field
            for area in self.tabs.findChildren(QAbstractScrollArea):
                area.verticalScrollBar().setValue(0)
                area.horizontalScrollBar().setValue(0)
        self._update_heading()

    def show_tab(self, key: str, params: dict | None = None) -> None:
        """Brings a tab to the front and lets it focus what a link points at."""
        page = self.pages.get(key)
        if page is None:
            return
        self.tabs.setCurrentWidget(page)
        if params:
            page.focus_target(params)

    def show_board_section(self) -> None:
        """Opens the "For the board" section with the cursor in the motion (the export's links)."""
        self.show_tab("board", {"field": "motion"})

    def current_tab(self) -> str:
        """The key of the tab in front."""
        current = self.tabs.currentWidget()
        for key, page in self.pages.items():
            if page is current:
                return key
        return "overview"

    def _update_heading(self) -> None:
        """Title and status above the tabs."""
        uc = self.session.workspace.use_case(self._uuid) if self._uuid else None
        if uc is None:
            self.heading.setText("")
            self.status.setText("")
            self.trap_banner.hide()
            return
        self.heading.setText(uc.title or self.tr("(untitled)"))
        self.status.setText(status_label(uc.status, self._tr))
        self.status.setToolTip(self.tr("The status changes only through a recorded decision (Decisions tab)."))
        self._update_trap_banner(uc)

    def _update_trap_banner(self, uc: Any) -> None:
        """Says inside the use case when its pilot has waited too long for a decision."""
        threshold = self.session.workspace.company.pilot_trap_days
        today = self.session.today()
        if not is_pilot_trap(uc, today, threshold):
            self.trap_banner.hide()
            return
        days = pilot_trap_days(uc, today) or 0
        self.trap_text.setText(fill(self.tr(
            "Pilot trap: this pilot has gone %1 days without a decision (the limit is %2). "
            "%3 should decide: go live, extend with conditions, or stop."), days, threshold,
            capitalised(self.board().nominative)))
        self.trap_button.setText(self.tr("Prepare the mot&ion"))
        self.trap_button.setToolTip(fill(self.tr("Opens “%1” to write the motion for the next meeting"),
                                         fill(self.tr("For %1"), self.board().accusative)))
        self.trap_banner.show()

    def _on_changed(self, kind: str, uuid: str) -> None:
        """Keeps the heading and the pilot-trap banner current."""
        if kind == "company":  # the board's name is in a tab's title
            self.retranslate()
        elif (kind == "use_case" and uuid == self._uuid) or kind == "board":
            self._update_heading()

    def board(self) -> BoardPhrases:
        """The company's board as the window names it ("der Verwaltungsrat")."""
        return board_words(self.session.workspace.company.board_name, ui_language(), self._tr)

    def board_title(self, others: list[str] | None = None) -> str:
        """The "For the board" tab's title with the company's name for its board.

        Its Alt+letter keeps off the other tabs', the menu bar's and those inside every tab
        (a tab's letter works from all of them).
        """
        texts = list(others or [])
        window = self.window()
        bar = window.menuBar() if isinstance(window, QMainWindow) else None
        if bar is not None:
            texts += [action.text() for action in bar.actions()]
        for page in self.pages.values():
            texts += [label.text() for label in page.findChildren(QLabel) if label.buddy() is not None]
            texts += [button.text() for button in page.findChildren(QAbstractButton)]
        return fill(self.tr("For %1"), mnemonic_on_noun(self.board().accusative, mnemonic_letters(texts)))

    def retranslate(self) -> None:
        """Tab titles, the back button and the heading in the interface language."""
        titles = {
            "overview": self.tr("&Overview"),
            "systems": self.tr("S&ystems"),
            "raci": self.tr("&Responsibility (RACI)"),
            "checklist": self.tr("&Integration checklist"),
            "cx": self.tr("Customer e&xperience"),
            "decisions": self.tr("&Decisions"),
        }
        for key, page in self.pages.items():
            if key in titles:
                self.tabs.setTabText(self.tabs.indexOf(page), titles[key])
                self.tabs.setTabToolTip(self.tabs.indexOf(page), without_mnemonic(titles[key]))
        self.back.setText(self.tr("← All use cases"))
        self.back.setToolTip(self.tr("Back to the register (Alt+Left)"))
        self._update_heading()
        self._retitle_board()

    def _retitle_board(self) -> None:
        """The board tab's title, its letter checked again against the texts now shown."""
        board = self.pages.get("board")
        if board is None:
            return
        index = self.tabs.indexOf(board)
        others = [self.tabs.tabText(i) for i in range(self.tabs.count()) if i != index]
        title = self.board_title(others + [self.trap_button.text()])
        if self.tabs.tabText(index) != title:
            self.tabs.setTabText(index, title)
            self.tabs.setTabToolTip(index, without_mnemonic(title))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Qt's route for a live language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
