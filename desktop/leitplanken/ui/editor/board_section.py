"""The use case's "For the board" section: what the board is asked to decide on it.

The decision record prints, per item for decision, the motion (one sentence the minute-taker can
copy), the options, the preparer's recommendation with its reason and the proposed conditions;
here the preparer writes them. Every field is a declared use-case field and changes through the
session's field edits (undo, history, merge), like every other field of the overview.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from leitplanken.domain.model import AgendaKind, Status, UseCase
from leitplanken.domain.motions import agenda_kind, default_options, has_motion, written_options
from leitplanken.domain.pilot import is_pilot_trap
from leitplanken.i18n.board_grammar import BoardPhrases, capitalised
from leitplanken.i18n.labels import agenda_label, board_words, field_label, form_label, status_label
from leitplanken.i18n.motion_labels import option_label
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.ui.editor.use_case_tab import UseCaseTab, ui_language
from leitplanken.ui.widgets.colours import Tone, text_style
from leitplanken.ui.widgets.delegates import limit_line, limit_text
from leitplanken.ui.widgets.field_widgets import CommittingTextEdit
from leitplanken.ui.workspace import edits

#: The multi-line fields of the section, in the order the board reads them.
TEXTS = ("motion", "motion_options", "recommendation_reason", "conditions")


def _hint_label(parent: QWidget) -> QLabel:
    """Guidance under a field, in the palette's quieter text colour."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(text_style(Tone.MUTED))
    return label


class BoardTab(UseCaseTab):
    """Motion, options, recommendation and reason, proposed conditions and the agenda choice."""

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        """Builds the form inside a scroll area so a small screen reaches every field."""
        super().__init__(session, parent)
        self._tr = AppTranslator()
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, Any] = {}
        body = QWidget(self)
        self.intro = QLabel(body)
        self.intro.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)

        agenda = QComboBox(body)
        agenda.setObjectName("board-agenda")
        agenda.activated.connect(lambda _i: self._commit("agenda", AgendaKind(agenda.currentData())))
        self.fields["agenda"] = agenda
        self.agenda_now = _hint_label(body)
        self.agenda_now.setObjectName("board-agenda-now")
        form.addRow(self._label("agenda", body), agenda)
        form.addRow(self.agenda_now)

        for key in TEXTS:
            edit = limit_text(CommittingTextEdit(body), UseCase, key)
            edit.setObjectName(f"board-{key}")
            edit.setMinimumHeight(56)
            edit.setMaximumHeight(96 if key != "motion" else 72)
            edit.committed.connect(lambda text, k=key: self._commit(k, text.strip()))
            self.fields[key] = edit
            if key == "motion":
                # "automatic means now: …" follows the motion while it is typed, not at the pause
                edit.textChanged.connect(self._motion_typed)
                form.addRow(self._label(key, body), edit)
                self.motion_hint = _hint_label(body)
                form.addRow(self.motion_hint)
            elif key == "motion_options":
                self.suggest_button = QPushButton(body)
                self.suggest_button.setObjectName("board-suggest-options")
                self.suggest_button.clicked.connect(self.suggest_options)
                row = QHBoxLayout()
                row.addWidget(edit, 1)
                row.addWidget(self.suggest_button, 0, Qt.AlignmentFlag.AlignTop)
                form.addRow(self._label(key, body), row)
                self.options_hint = _hint_label(body)
                form.addRow(self.options_hint)
                recommendation = QComboBox(body)
                recommendation.setObjectName("board-recommendation")
                recommendation.setEditable(True)
                recommendation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                line = recommendation.lineEdit()
                assert line is not None
                limit_line(line, UseCase, "recommendation")
                recommendation.activated.connect(lambda _i: self._commit_recommendation())
                line.editingFinished.connect(self._commit_recommendation)
                self.fields["recommendation"] = recommendation
                form.addRow(self._label("recommendation", body), recommendation)
                self.recommendation_hint = _hint_label(body)
                form.addRow(self.recommendation_hint)
            else:
                form.addRow(self._label(key, body), edit)
        self.message = QLabel(body)
        self.message.setObjectName("board-message")
        self.message.setWordWrap(True)
        self.message.hide()

        column = QVBoxLayout(body)
        column.addWidget(self.intro)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        flush = getattr(session, "flush_requested", None)
        if flush is not None:
            flush.connect(self.flush)
        self.retranslate()
        self.setEnabled(False)

    def _label(self, key: str, parent: QWidget) -> QLabel:
        """A field's declared label (with its mnemonic), remembered for retranslate()."""
        label = QLabel(parent)  # above its field (WrapAllRows): the whole width, no wrapping
        self.labels[key] = label
        return label

    # -- showing -----------------------------------------------------------------------------
    def set_use_case(self, uuid: str | None) -> None:
        """Shows another use case from the top (text still being typed is kept first)."""
        changed = uuid != self.use_case_uuid
        super().set_use_case(uuid)
        if changed:
            self.scroll_area.verticalScrollBar().setValue(0)
            self.message.hide()

    def refresh(self) -> None:
        """Shows the stored values; a field being typed into keeps its text."""
        uc = self.use_case()
        self.setEnabled(uc is not None)
        if uc is None:
            return
        read_only = self.read_only()
        for key in TEXTS:
            edit = self.fields[key]
            if not edit.pending():
                edit.set_text(getattr(uc, key))
            edit.setReadOnly(read_only)
        agenda = self.fields["agenda"]
        agenda.setCurrentIndex(max(agenda.findData(AgendaKind(uc.agenda).value), 0))
        agenda.setEnabled(not read_only)
        self.suggest_button.setEnabled(not read_only)
        self._fill_recommendation(uc)
        self.fields["recommendation"].setEnabled(not read_only)
        self._update_hints(uc)

    def _fill_recommendation(self, uc: UseCase) -> None:
        """The written options to choose from; the stored recommendation stays shown as typed."""
        combo = self.fields["recommendation"]
        line = combo.lineEdit()
        if line is not None and line.hasFocus() and line.isModified():
            return
        combo.blockSignals(True)
        combo.clear()
        for option in written_options(uc):
            combo.addItem(option)
        found = combo.findText(uc.recommendation)
        if found >= 0:
            combo.setCurrentIndex(found)
        else:
            combo.setCurrentIndex(-1)
            combo.setEditText(uc.recommendation)
        combo.blockSignals(False)

    def _motion_typed(self) -> None:
        """The agenda hint for the motion as it reads now."""
        uc = self.use_case()
        if uc is not None:
            self._update_hints(uc)

    def _update_hints(self, uc: UseCase) -> None:
        """What "automatic" means today, the motion's example, whether the recommendation fits."""
        # the motion as on screen: typed text counts before it is committed at the pause
        uc = replace(uc, motion=self.fields["motion"].toPlainText())
        company = self.session.workspace.company
        kind = agenda_kind(uc, self.session.today(), company.pilot_trap_days)
        if AgendaKind(uc.agenda) == AgendaKind.AUTO:
            if has_motion(uc):
                why = self.tr("a motion is written")
            elif is_pilot_trap(uc, self.session.today(), company.pilot_trap_days):
                why = self.tr("the pilot waits too long for a decision (pilot trap)")
            else:
                why = self.tr("no motion is written yet")
            self.agenda_now.setText(fill(self.tr("Automatic means now: %1, because %2."),
                                         agenda_label(kind, self._tr), why))
        else:
            self.agenda_now.setText(fill(self.tr("The record lists this use case as: %1."),
                                         agenda_label(kind, self._tr)))
        self.suggest_button.setToolTip(fill(self.tr("The usual options for the status “%1”"),
                                            status_label(uc.status, self._tr)))
        owner = self.session.workspace.person(uc.owner_uuid)
        board = self.board()
        self._name_board(board)
        self.fields["motion"].setPlaceholderText(fill(
            self.tr("e.g. %1 approves “%2” as proposed; %3 answers for it and reports at the next review."),
            board.nominative, uc.title or self.tr("the use case"), owner.name if owner else self.tr("the owner")))
        recommendation = uc.recommendation.strip()
        options = written_options(uc)
        if recommendation and options and recommendation not in options:
            self.recommendation_hint.setText(fill(self.tr(
                "The recommendation is not one of the options: %1 reads both, so better "
                "choose one of them."), capitalised(board.nominative)))
        else:
            self.recommendation_hint.setText(self.tr(
                "The option you recommend; the reason below says why."))

    def board(self) -> BoardPhrases:
        """The company's board as the window names it ("der Verwaltungsrat")."""
        return board_words(self.session.workspace.company.board_name, ui_language(), self._tr)

    def _name_board(self, board: BoardPhrases) -> None:
        """The texts that speak of the board, with the name the company gave it."""
        self.intro.setText(fill(self.tr(
            "What %1 is asked to decide on this use case. The decision record prints it on "
            "the item's own page: the motion, the options, your recommendation and why."),
            board.nominative))
        self.labels["motion"].setText(fill(self.tr("&Motion for %1:"), board.accusative.replace("&", "&&")))
        self.labels["motion_options"].setText(fill(self.tr("O&ptions for %1:"),
                                                   board.accusative.replace("&", "&&")))

    # -- editing -----------------------------------------------------------------------------
    def _commit(self, key: str, value: Any) -> None:
        """One undo step per field change, named after the field."""
        uc = self.use_case()
        if uc is None or self.read_only():
            return
        text = fill(self.tr("Edit %1"), field_label(UseCase, key, self._tr))
        edits.set_fields(self.session, uc, {key: value}, text=text)

    def _commit_recommendation(self) -> None:
        """The recommendation chosen from the options or typed."""
        combo = self.fields["recommendation"]
        line = combo.lineEdit()
        if line is not None:
            line.setModified(False)
        self._commit("recommendation", combo.currentText().strip())

    def suggest_options(self) -> None:
        """Fills the options that fit the status, worded in the interface language (undoable)."""
        uc = self.use_case()
        if uc is None or self.read_only():
            return
        self.fields["motion_options"].commit()  # typing first, so undo restores it
        lines = [option_label(o, self._tr) for o in default_options(Status(uc.status))]
        text = "\n".join(lines)
        replaced = bool(uc.motion_options.strip()) and uc.motion_options.strip() != text
        self._commit("motion_options", text)
        self.fields["motion_options"].set_text(text)
        if not uc.recommendation.strip() and lines:
            self._fill_recommendation(uc)
        if replaced:
            self.message.setText(self.tr("The options were replaced by the suggestion; Edit → Undo brings yours back."))
            self.message.show()
        else:
            self.message.hide()

    def flush(self) -> None:
        """Turns text still being typed into edits (before save, close or another use case)."""
        for key in TEXTS:
            edit = self.fields[key]
            if edit.pending():
                edit.commit()
        line = self.fields["recommendation"].lineEdit()
        if line is not None and line.isModified():
            self._commit_recommendation()

    def focus_target(self, params: dict) -> None:
        """Puts the cursor into the field a link names (the motion unless another is named)."""
        widget = self.fields.get(str(params.get("field") or "motion"))
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll_area.ensureWidgetVisible(widget)

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Labels, hints and choices in the interface language."""
        for key, label in self.labels.items():
            label.setText(form_label(UseCase, key, self._tr))
            label.setBuddy(self.fields[key])
        self._name_board(self.board())
        self.motion_hint.setText(self.tr(
            "One sentence that says exactly what is resolved — what, by whom, until when, under "
            "which conditions — so the minute-taker can copy it into the minutes."))
        self.options_hint.setText(self.tr(
            "One option per line. “Suggest options” fills the usual ones for the status; "
            "you can change them."))
        self.suggest_button.setText(self.tr("Su&ggest options"))
        self.fields["recommendation_reason"].setPlaceholderText(
            self.tr("e.g. The pilot met its success criteria; the open items are due by the next review."))
        self.fields["conditions"].setPlaceholderText(
            self.tr("e.g. Review ten answers a day for the first month."))
        self.fields["recommendation"].setToolTip(self.tr("Choose one of the options or type your own."))
        agenda = self.fields["agenda"]
        current = agenda.currentData()
        agenda.blockSignals(True)
        agenda.clear()
        for kind in AgendaKind:
            agenda.addItem(agenda_label(kind, self._tr), kind.value)
        agenda.setCurrentIndex(max(agenda.findData(current), 0))
        agenda.blockSignals(False)
        for key, edit in self.fields.items():
            edit.setAccessibleName(field_label(UseCase, key, self._tr))
