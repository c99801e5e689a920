"""Readiness for regular operation (Betriebsreife) as a to-do list, each entry a link to its fix.

"Customers have no pilot phase": before going live the three questions are answered, roles are
clear, the checklist is worked through and the CX check is done. The panel does not show a
score to admire but what is missing, and clicking an entry opens the place where it is fixed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
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
        self.gaps.itemClicked.connect(self._activate)
        self.gaps.itemActivated.connect(self._activate)
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
        """Re-runs the readiness check and lists the gaps."""
        self.gaps.clear()
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
        style = QApplication.style()
        link = QFont(self.gaps.font())
        link.setUnderline(True)
        for finding in result.gaps:
            icon = style.standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if finding.is_error
                else QStyle.StandardPixmap.SP_ArrowRight
            )
            item = QListWidgetItem(icon, finding_words(finding, self.session))
            item.setFont(link)
            item.setForeground(self.palette().link())
            item.setData(TARGET_ROLE, navigation_target(finding))
            self.gaps.addItem(item)

    def _activate(self, item: QListWidgetItem) -> None:
        """Follows a gap's link."""
        target = item.data(TARGET_ROLE)
        if target:
            tab, params = target
            self.navigate.emit(tab, dict(params))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Live language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
