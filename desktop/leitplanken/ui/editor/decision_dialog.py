"""Recording a decision (or the correction of one) for the append-only decision log.

The status follows from the kind of decision. Going to regular operation while readiness gaps
remain is allowed, but only with an explicit reason; the dialog lists what is missing and
refuses to record without the reason.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from leitplanken.domain import limits
from leitplanken.domain.decisions import needs_readiness_reason, target_status, validate_decision
from leitplanken.domain.fields import Kind
from leitplanken.domain.model import Decision, DecisionKind, UseCase
from leitplanken.domain.readiness import readiness_gaps
from leitplanken.i18n.fmt import Formatter
from leitplanken.i18n.labels import decision_kind_label, status_label
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.ui.editor.use_case_tab import finding_words
from leitplanken.ui.widgets.colours import Tone, text_style
from leitplanken.ui.widgets.field_widgets import (
    CommittingTextEdit,
    OptionalDateEdit,
)


class DecisionDialog(QDialog):
    """Kind, date, rationale, conditions, deciders and next review of one decision."""

    def __init__(
        self,
        session: Any,
        use_case: UseCase,
        corrects: Decision | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """A new decision, or (with `corrects`) a correction pre-filled from the old entry."""
        super().__init__(parent)
        self.session = session
        self.use_case = use_case
        self.corrects = corrects
        tr = AppTranslator()
        locale = session.workspace.company.locale
        self.setWindowTitle(self.tr("Correct decision") if corrects else self.tr("Record decision"))
        self.setMinimumWidth(560)

        self.correction_note = QLabel(self)
        self.correction_note.setWordWrap(True)
        self.kind_combo = QComboBox(self)
        for kind in DecisionKind:
            self.kind_combo.addItem(decision_kind_label(kind, tr), kind.value)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.date_edit = OptionalDateEdit(self)
        self.date_edit.set_locale(locale)
        self.date_edit.set_value(session.today())
        self.status_line = QLabel(self)
        self.rationale_edit = CommittingTextEdit(self)  # cuts at the text limit, says so
        self.rationale_edit.setTabChangesFocus(True)
        self.rationale_edit.setPlaceholderText(self.tr("Why was it decided this way?"))
        self.conditions_edit = CommittingTextEdit(self)  # cuts at the text limit, says so
        self.conditions_edit.setTabChangesFocus(True)
        self.conditions_edit.setPlaceholderText(
            self.tr("e.g. review ten answers a day for the first month")
        )
        for edit in (self.rationale_edit, self.conditions_edit):
            edit.setFixedHeight(70)
        self.deciders_edit = QLineEdit(self)
        self.deciders_edit.setMaxLength(limits.TEXT_LIMITS[Kind.LINE].chars)
        board = session.workspace.company.board_name.strip()
        self.deciders_edit.setPlaceholderText(
            fill(self.tr("e.g. %1"), board) if board else self.tr("e.g. the management board")
        )
        # the company's board decides as a rule; a correction shows who decided instead
        self.deciders_edit.setText(board)
        self.review_edit = OptionalDateEdit(self)
        self.review_edit.set_locale(locale)

        self.gaps_label = QLabel(self)
        self.gaps_label.setWordWrap(True)
        self.gaps_list = QListWidget(self)
        self.gaps_list.setWordWrap(True)
        self.gaps_list.setFixedHeight(130)
        self.gaps_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.override_edit = CommittingTextEdit(self)  # cuts at the text limit, says so
        self.override_edit.setTabChangesFocus(True)
        self.override_edit.setFixedHeight(60)
        self.override_edit.setPlaceholderText(
            self.tr("e.g. The board accepts the open items; they are due by the next review.")
        )
        self.override_label = QLabel(self.tr("Reason for going live any&way (required):"), self)
        self.override_label.setBuddy(self.override_edit)
        self.override_label.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(text_style(Tone.ERROR))
        self.message.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Decision:"), self.kind_combo)
        form.addRow("", self.status_line)
        form.addRow(self.tr("D&ate:"), self.date_edit)
        form.addRow(self.tr("&Rationale:"), self.rationale_edit)
        form.addRow(self.tr("&Conditions:"), self.conditions_edit)
        form.addRow(self.tr("Decided &by:"), self.deciders_edit)
        form.addRow(self.tr("&Next review:"), self.review_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.correction_note)
        layout.addLayout(form)
        layout.addWidget(self.gaps_label)
        layout.addWidget(self.gaps_list)
        layout.addWidget(self.override_label)
        layout.addWidget(self.override_edit)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._prefill(corrects)
        self._kind_changed()

    def _prefill(self, old: Decision | None) -> None:
        """A correction starts from the entry it corrects."""
        if old is None:
            self.correction_note.hide()
            return
        fmt = Formatter(self.session.workspace.company.locale)
        self.correction_note.setText(
            fill(
                self.tr("This new entry corrects the entry of %1 (%2). The old entry stays in the log."),
                fmt.date(old.decided_on),
                decision_kind_label(DecisionKind(old.kind), AppTranslator()),
            )
        )
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(DecisionKind(old.kind).value))
        self.date_edit.set_value(old.decided_on)
        self.rationale_edit.setPlainText(old.rationale)
        self.conditions_edit.setPlainText(old.conditions)
        self.deciders_edit.setText(old.deciders)
        self.review_edit.set_value(old.next_review)
        self.override_edit.setPlainText(old.readiness_override)

    def kind(self) -> DecisionKind:
        """The kind chosen."""
        return DecisionKind(self.kind_combo.currentData())

    def _kind_changed(self) -> None:
        """Shows the status change and, for going live with gaps, what is missing."""
        tr = AppTranslator()
        target = target_status(self.kind())
        now = status_label(self.use_case.status, tr)
        if target is None or target == self.use_case.status:
            self.status_line.setText(fill(self.tr("Status stays: %1"), now))
        else:
            self.status_line.setText(fill(self.tr("Status: %1 → %2"), now, status_label(target, tr)))
        needs = self.needs_reason()
        self.gaps_list.clear()
        if needs:
            gaps = readiness_gaps(self.use_case, self.session.workspace)
            self.gaps_label.setText(self.tr("Readiness is not complete. Still missing:"))
            self.gaps_list.addItems([finding_words(f, self.session) for f in gaps])
        for widget in (self.gaps_label, self.gaps_list, self.override_label, self.override_edit):
            widget.setVisible(needs)

    def needs_reason(self) -> bool:
        """Whether this decision goes live with readiness gaps left."""
        return needs_readiness_reason(self.use_case, self.session.workspace, self.kind())

    def decision(self) -> Decision:
        """The decision as entered (not recorded yet)."""
        return Decision(
            use_case_uuid=self.use_case.uuid,
            # an emptied date field is refused by problems(); today stands in until then
            decided_on=self.date_edit.value() or self.session.today(),
            kind=self.kind(),
            rationale=self.rationale_edit.toPlainText().strip(),
            conditions=self.conditions_edit.toPlainText().strip(),
            deciders=self.deciders_edit.text().strip(),
            next_review=self.review_edit.value(),
            corrects_uuid=self.corrects.uuid if self.corrects else None,
            readiness_override=self.override_edit.toPlainText().strip() if self.needs_reason() else "",
            recorded_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )

    def problems(self) -> list[str]:
        """Why the decision cannot be recorded as entered, in words (empty when it can)."""
        for edit in (self.date_edit, self.review_edit):
            if edit.isModified() and not edit.commit_text():
                return [edit.error]
        if self.date_edit.value() is None:
            return [self.tr("Please give the date of the decision.")]
        decision = self.decision()
        found = validate_decision(self.use_case, decision, self.session.workspace)
        texts = []
        for finding in found:
            if finding.code == "decision.reason_required":
                texts.append(self.tr("Readiness is not complete: please give the reason for going live anyway."))
            else:
                texts.append(finding_words(finding, self.session))
        return texts

    def accept(self) -> None:
        """Records only a valid decision; otherwise says what is wrong and keeps the input."""
        problems = self.problems()
        if problems:
            self.message.setText("\n".join(problems))
            self.message.show()
            if self.needs_reason() and not self.override_edit.toPlainText().strip():
                self.override_edit.setFocus()
            return
        super().accept()
