"""Readiness for regular operation (Betriebsreife) as a to-do list, each entry a link to its fix.

"Customers have no pilot phase": before going live the three questions are answered, roles are
clear, the checklist is worked through and the CX check is done. The panel does not show a
score to admire but what is missing, and clicking an entry opens the place where it is fixed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from leitplanken.domain.finding import Finding
from leitplanken.domain.readiness import readiness
from leitplanken.i18n.translator import fill
from leitplanken.ui.editor.use_case_tab import finding_words

#: Role holding the navigation target (tab, params) of a gap.
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1


def navigation_target(finding: Finding) -> tuple[str, dict]:
    """The editor tab and the focus parameters for a finding (tab from the rule, else a guess)."""
    params: dict[str, Any] = {k: v for k, v in finding.params.items() if k != "tab"}
    if finding.activity_uuid:
        params["activity_uuid"] = finding.activity_uuid
    if finding.item_uuid:
        params["item_uuid"] = finding.item_uuid
    if finding.person_uuids:
        params["person_uuids"] = list(finding.person_uuids)
    tab = finding.tab
    if tab is None:
        tab = "checklist" if finding.item_uuid else "raci" if finding.activity_uuid else "overview"
    return tab, params


class ReadinessPanel(QWidget):
    """What is still missing before regular operation, for one use case."""

    #: (tab, params): the user wants to fix a gap; the editor shows the tab and focuses the place.
    navigate = Signal(str, dict)

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        """A heading, a summary line and the list of gaps."""
        super().__init__(parent)
        self.session = session
        self._uuid: str | None = None
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.gaps = QListWidget(self)
        self.gaps.setWordWrap(True)
        self.gaps.setCursor(Qt.CursorShape.PointingHandCursor)
        self.gaps.setIconSize(QSize(14, 14))
        # the view's index signals, not itemClicked/itemActivated: those hand Python a wrapper
        # of the row's item, and this panel keeps its rows free of Python wrappers (see refresh)
        self.gaps.clicked.connect(self._activate)
        self.gaps.activated.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.gaps, 1)
        # a bound method, not a lambda: Qt drops the connection when this panel is destroyed,
        # while a lambda would keep calling into a deleted panel as long as the session lives
        session.changed.connect(self._on_changed)
        self.retranslate()

    def _on_changed(self, kind: str, uuid: str) -> None:
        """Re-checks when this use case or the people it names change."""
        if kind == "person" or (kind == "use_case" and uuid == self._uuid):
            self.refresh()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.heading.setText(self.tr("Readiness for regular operation"))
        self.gaps.setToolTip(self.tr("Click an entry to go where it is fixed"))
        self.refresh()

    def set_use_case(self, uuid: str | None) -> None:
        """Checks another use case."""
        self._uuid = uuid
        self.refresh()

    def missing(self) -> list[Finding]:
        """The gaps of the use case on show (empty when ready or none is shown)."""
        uc = self.session.workspace.use_case(self._uuid) if self._uuid else None
        return readiness(uc, self.session.workspace).gaps if uc else []

    def refresh(self) -> None:
        """Re-runs the readiness check and lists the gaps.

        The rows are Qt's own items, filled through the model, never QListWidgetItem objects
        made in Python, and they are removed through the model, not QListWidget.clear(). A
        Python-made item has a wrapper that the bindings look up by the item's address when
        Qt deletes it, and clear() looks up every row's address first; an address the bindings
        still file under a dead wrapper (one whose own object is long gone, the address since
        reused) then crashed the process here, at random, during a language switch. Rows with
        no Python wrapper are deleted by Qt alone and cannot meet a stale entry.
        """
        model = self.gaps.model()
        model.removeRows(0, model.rowCount())
        uc = self.session.workspace.use_case(self._uuid) if self._uuid else None
        if uc is None:
            self.summary.setText("")
            return
        result = readiness(uc, self.session.workspace)
        if result.ready:
            self.summary.setText(self.tr("Nothing is missing: the use case is ready for regular operation."))
            return
        self.summary.setText(
            fill(self.tr("%1 of %2 criteria met. Still missing:"), result.done, result.total)
        )
        style = self.style()
        link = QFont(self.gaps.font())
        link.setUnderline(True)
        for finding in result.gaps:
            icon = style.standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if finding.is_error
                else QStyle.StandardPixmap.SP_ArrowRight
            )
            self.gaps.addItem(finding_words(finding, self.session))
            row = model.index(model.rowCount() - 1, 0)
            model.setData(row, icon, Qt.ItemDataRole.DecorationRole)
            model.setData(row, link, Qt.ItemDataRole.FontRole)
            model.setData(row, self.palette().link(), Qt.ItemDataRole.ForegroundRole)
            model.setData(row, navigation_target(finding), TARGET_ROLE)

    def _activate(self, index: QModelIndex) -> None:
        """Follows a gap's link."""
        target = index.data(TARGET_ROLE)
        if target:
            tab, params = target
            self.navigate.emit(tab, dict(params))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Live language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
