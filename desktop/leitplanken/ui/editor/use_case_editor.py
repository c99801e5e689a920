"""The use-case editor: a heading and one tab per part of the use case.

The overview is built here; the other tabs (systems, RACI, checklist, CX, decisions) are
self-contained widgets in their own modules, each a UseCaseTab taking (session, parent).
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from leitplanken.i18n.labels import status_label
from leitplanken.i18n.translator import AppTranslator
from leitplanken.ui.editor.overview_tab import OverviewTab
from leitplanken.ui.workspace.session import Session

#: (tab key as findings name it, module, class) in the order PRODUCT.md lists the tabs.
TAB_MODULES: tuple[tuple[str, str, str], ...] = (
    ("systems", "leitplanken.ui.editor.systems_tab", "SystemsTab"),
    ("raci", "leitplanken.ui.editor.raci_tab", "RaciTab"),
    ("checklist", "leitplanken.ui.editor.checklist_tab", "ChecklistTab"),
    ("cx", "leitplanken.ui.editor.cx_tab", "CxTab"),
    ("decisions", "leitplanken.ui.editor.decisions_tab", "DecisionsTab"),
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
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.heading, 1)
        top.addWidget(self.status)
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
        layout.addWidget(self.tabs, 1)
        session.changed.connect(self._on_changed)
        self.retranslate()

    @property
    def use_case_uuid(self) -> str | None:
        """The use case on show."""
        return self._uuid

    def set_use_case(self, uuid: str | None) -> None:
        """Shows a use case on every tab."""
        self._uuid = uuid
        for page in self.pages.values():
            page.set_use_case(uuid)
        self._update_heading()

    def show_tab(self, key: str, params: dict | None = None) -> None:
        """Brings a tab to the front and lets it focus what a link points at."""
        page = self.pages.get(key)
        if page is None:
            return
        self.tabs.setCurrentWidget(page)
        if params:
            page.focus_target(params)

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
            return
        self.heading.setText(uc.title or self.tr("(untitled)"))
        self.status.setText(status_label(uc.status, self._tr))

    def _on_changed(self, kind: str, uuid: str) -> None:
        """Keeps the heading current."""
        if kind == "use_case" and uuid == self._uuid:
            self._update_heading()

    def retranslate(self) -> None:
        """Tab titles, the back button and the heading in the interface language."""
        titles = {
            "overview": self.tr("&Overview"),
            "systems": self.tr("S&ystems"),
            "raci": self.tr("&Responsibility (RACI)"),
            "checklist": self.tr("Integration &checklist"),
            "cx": self.tr("Customer e&xperience"),
            "decisions": self.tr("&Decisions"),
        }
        for key, page in self.pages.items():
            self.tabs.setTabText(self.tabs.indexOf(page), titles[key])
        self.back.setText(self.tr("← All use cases"))
        self.back.setToolTip(self.tr("Back to the register (Alt+Left)"))
        self._update_heading()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Qt's route for a live language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
