"""The use-case editor's Decisions tab: the append-only decision log and the readiness check.

The pilot trap: pilots succeed and then nothing happens. Every step of the status is a recorded
decision; a mistake is corrected by a new entry pointing at the old one, never by editing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leitplanken.domain.decisions import corrections_of, decision_log
from leitplanken.domain.model import Decision, DecisionKind
from leitplanken.i18n.labels import decision_kind_label
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.ui.editor.decision_dialog import DecisionDialog
from leitplanken.ui.editor.readiness_panel import ReadinessPanel
from leitplanken.ui.editor.use_case_tab import UseCaseTab
from leitplanken.ui.widgets.colours import Tone, brush
from leitplanken.ui.workspace.commands import RecordDecision

DATE, KIND, RATIONALE, CONDITIONS, DECIDERS, REVIEW = range(6)
_UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class DecisionsTab(UseCaseTab):
    """The decision log with "Record decision…" and "Correct…", beside the readiness gaps."""

    #: (tab, params): a readiness link was followed; the editor shows that tab.
    navigate = Signal(str, dict)

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        """Builds the log, its buttons, the detail line and the readiness panel."""
        super().__init__(session, parent)
        self.record_button = QPushButton(self)
        self.record_button.clicked.connect(self.record_decision)
        self.correct_button = QPushButton(self)
        self.correct_button.clicked.connect(self.correct_selected)
        self.log_title = QLabel(self)
        font = QFont(self.log_title.font())
        font.setBold(True)
        self.log_title.setFont(font)
        self.log = QTreeWidget(self)
        self.log.setColumnCount(6)
        self.log.setRootIsDecorated(False)
        self.log.setWordWrap(True)
        self.log.setAlternatingRowColors(True)
        self.log.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.log.currentItemChanged.connect(self._show_details)
        header = self.log.header()
        header.setStretchLastSection(False)
        for column, width in ((KIND, 190), (DECIDERS, 130)):
            header.resizeSection(column, width)
        for column in (DATE, REVIEW):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (RATIONALE, CONDITIONS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.readiness = ReadinessPanel(session, self)
        self.readiness.navigate.connect(self.navigate)

        buttons = QHBoxLayout()
        buttons.addWidget(self.log_title, 1)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.correct_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.log, 3)
        left_layout.addWidget(self.details, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.readiness)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([800, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()
        self.set_use_case(None)

    def retranslate(self) -> None:
        """Every label in the current language."""
        self.log_title.setText(self.tr("Decision log"))
        self.record_button.setText(self.tr("Record decision…"))
        self.record_button.setToolTip(self.tr("The status changes only through a recorded decision"))
        self.correct_button.setText(self.tr("Correct…"))
        self.correct_button.setToolTip(
            self.tr("Adds a new entry that corrects the selected one; the log is never edited")
        )
        self.log.setHeaderLabels([
            self.tr("Date"), self.tr("Decision"), self.tr("Rationale"), self.tr("Conditions"),
            self.tr("Decided by"), self.tr("Next review"),
        ])

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-reads the log and the readiness check."""
        selected = self.selected_decision()
        self.log.clear()
        uc = self.use_case()
        self.readiness.set_use_case(self.use_case_uuid)
        self.record_button.setEnabled(uc is not None)
        if uc is None:
            self.details.setText("")
            self.correct_button.setEnabled(False)
            return
        fmt = self.formatter()
        tr = AppTranslator()
        by_uuid = {d.uuid: d for d in uc.decisions}
        for decision in decision_log(uc):
            kind = decision_kind_label(DecisionKind(decision.kind), tr)
            old = by_uuid.get(decision.corrects_uuid or "")
            if old is not None:
                kind = fill(self.tr("Correction: %1"), kind)
            corrected = bool(corrections_of(uc, decision.uuid))
            if corrected:
                kind = fill(self.tr("%1 (corrected)"), kind)
            row = QTreeWidgetItem([
                fmt.date_short(decision.decided_on), kind, decision.rationale.replace("\n", " "),
                decision.conditions.replace("\n", " "), decision.deciders,
                fmt.date_short(decision.next_review),
            ])
            row.setData(0, _UUID_ROLE, decision.uuid)
            if corrected:
                for column in range(6):
                    row.setForeground(column, brush(Tone.MUTED))
            if old is not None:
                row.setToolTip(KIND, fill(self.tr("Corrects the entry of %1"), fmt.date_short(old.decided_on)))
            if decision.readiness_override:
                row.setToolTip(RATIONALE, fill(self.tr("Gone live with readiness incomplete. Reason: %1"),
                                               decision.readiness_override))
            self.log.addTopLevelItem(row)
        if self.log.topLevelItemCount() == 0:
            self.details.setText(self.tr("No decision recorded yet. The status changes only through a recorded decision."))
        target = self._row_of(selected.uuid) if selected else None
        if target is None and self.log.topLevelItemCount():
            target = self.log.topLevelItem(self.log.topLevelItemCount() - 1)
        if target is not None:
            self.log.setCurrentItem(target)
        self.correct_button.setEnabled(self.selected_decision() is not None)

    def _row_of(self, uuid: str) -> QTreeWidgetItem | None:
        """The log row of a decision."""
        for i in range(self.log.topLevelItemCount()):
            item = self.log.topLevelItem(i)
            if item is not None and item.data(0, _UUID_ROLE) == uuid:
                return item
        return None

    def selected_decision(self) -> Decision | None:
        """The decision selected in the log."""
        uc = self.use_case()
        item = self.log.currentItem()
        if uc is None or item is None:
            return None
        uuid = item.data(0, _UUID_ROLE)
        return next((d for d in uc.decisions if d.uuid == uuid), None)

    def _show_details(self, *_args: object) -> None:
        """The selected entry in full, including a readiness override and what it corrects."""
        decision = self.selected_decision()
        self.correct_button.setEnabled(decision is not None)
        if decision is None:
            return
        fmt = self.formatter()
        tr = AppTranslator()
        lines = [fill("%1 – %2", fmt.date(decision.decided_on), decision_kind_label(DecisionKind(decision.kind), tr))]
        uc = self.use_case()
        old = next((d for d in uc.decisions if d.uuid == decision.corrects_uuid), None) if uc else None
        if old is not None:
            lines.append(fill(self.tr("Corrects the entry of %1 (%2)."), fmt.date(old.decided_on),
                              decision_kind_label(DecisionKind(old.kind), tr)))
        if uc is not None and corrections_of(uc, decision.uuid):
            lines.append(self.tr("This entry was corrected by a later one."))
        for label, text in (
            (self.tr("Rationale: %1"), decision.rationale),
            (self.tr("Conditions: %1"), decision.conditions),
            (self.tr("Decided by: %1"), decision.deciders),
            (self.tr("Next review: %1"), fmt.date(decision.next_review)),
            (self.tr("Gone live with readiness incomplete. Reason: %1"), decision.readiness_override),
        ):
            if text:
                lines.append(fill(label, text))
        self.details.setText("\n".join(lines))

    def focus_target(self, params: dict) -> None:
        """Selects a decision the link names, else offers "Record decision…"."""
        row = self._row_of(str(params.get("decision_uuid") or ""))
        if row is not None:
            self.log.setCurrentItem(row)
            self.log.setFocus()
        else:
            self.record_button.setFocus()

    # -- recording -------------------------------------------------------------------------
    def make_dialog(self, corrects: Decision | None = None) -> DecisionDialog | None:
        """The dialog for a new decision or a correction (tests drive it before it runs)."""
        uc = self.use_case()
        return DecisionDialog(self.session, uc, corrects, self) if uc is not None else None

    def record_decision(self) -> None:
        """Asks for a decision and appends it to the log."""
        self._run(self.make_dialog())

    def correct_selected(self) -> None:
        """Asks for a correcting entry that refers to the selected one."""
        old = self.selected_decision()
        if old is not None:
            self._run(self.make_dialog(old))

    def _run(self, dialog: DecisionDialog | None) -> None:
        """Shows the dialog and records what it returns."""
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.record(dialog.decision(), correction=dialog.corrects is not None)

    def record(self, decision: Decision, correction: bool = False) -> None:
        """Appends a validated decision as one undo step (status and dates follow its kind)."""
        uc = self.use_case()
        if uc is None:
            return
        text = self.tr("Correct decision") if correction else fill(
            self.tr("Record decision: %1"), decision_kind_label(DecisionKind(decision.kind), AppTranslator())
        )
        self.session.undo.push(RecordDecision(self.session, uc, decision, text=text))
