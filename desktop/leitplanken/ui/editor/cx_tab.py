"""The use-case editor's customer-experience check: the article's compass, three questions.

"Does it feel coherent? Is it comprehensible? Is responsibility taken?" Each is rated with a
note; a response-time promise and a fallback when the AI fails complete the picture. "A
complaint answered clearly within two hours is a sign of reliability."
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from leitplanken.domain.catalogue import article_example, article_hint
from leitplanken.domain.model import CxAnswer, CxQuestion, CxRating, UseCase
from leitplanken.i18n.labels import cx_question_label, cx_rating_label
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.ui.editor.use_case_tab import UseCaseTab, ui_language
from leitplanken.ui.widgets.delegates import limit_line, limit_text
from leitplanken.ui.widgets.field_widgets import CommittingTextEdit
from leitplanken.ui.workspace import edits


class _QuestionBox(QGroupBox):
    """One CX question: its rating and a note."""

    def __init__(self, question: CxQuestion, parent: QWidget) -> None:
        """A combo box for the rating and a short text for the note."""
        super().__init__(parent)
        self.question = question
        self.rating = QComboBox(self)
        self.note = limit_text(CommittingTextEdit(self), CxAnswer, "note")
        self.note.setFixedHeight(64)
        form = QFormLayout(self)
        self.rating_label = QLabel(self)
        self.note_label = QLabel(self)
        self.rating_label.setBuddy(self.rating)
        self.note_label.setBuddy(self.note)
        form.addRow(self.rating_label, self.rating)
        form.addRow(self.note_label, self.note)


class CxTab(UseCaseTab):
    """Rates the three CX questions and records response target and fallback."""

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        """Builds the intro, three question boxes and the response/fallback fields."""
        super().__init__(session, parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.boxes: dict[CxQuestion, _QuestionBox] = {}
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.addWidget(self.intro)
        for question in CxQuestion:
            box = _QuestionBox(question, inner)
            box.rating.activated.connect(lambda _i, q=question: self._rating_chosen(q))
            box.note.committed.connect(lambda text, q=question: self._note_committed(q, text))
            self.boxes[question] = box
            column.addWidget(box)
        self.service_box = QGroupBox(inner)
        service = QFormLayout(self.service_box)
        self.response_edit = limit_line(QLineEdit(self.service_box), UseCase, "response_target")
        self.response_edit.editingFinished.connect(self._response_committed)
        self.response_hint = QLabel(self.service_box)
        self.response_hint.setWordWrap(True)
        self.fallback_edit = limit_text(CommittingTextEdit(self.service_box), UseCase, "fallback")
        self.fallback_edit.setFixedHeight(72)
        self.fallback_edit.committed.connect(self._fallback_committed)
        self.response_label = QLabel(self.service_box)
        self.response_label.setBuddy(self.response_edit)
        self.fallback_label = QLabel(self.service_box)
        self.fallback_label.setBuddy(self.fallback_edit)
        service.addRow(self.response_label, self.response_edit)
        service.addRow("", self.response_hint)
        service.addRow(self.fallback_label, self.fallback_edit)
        column.addWidget(self.service_box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        session.flush_requested.connect(self.flush)
        self.retranslate()
        self.set_use_case(None)

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every label in the current language; the article's guidance as hints."""
        tr = AppTranslator()
        lang = ui_language()
        self.intro.setText(
            fill(
                self.tr("Customer experience is the compass: think every automation through from "
                        "the customer's side. %1"),
                article_example("cx", lang),
            )
        )
        self.intro.setToolTip(article_hint("cx", lang))
        for question, box in self.boxes.items():
            box.setTitle(cx_question_label(question, tr))
            box.rating_label.setText(self.tr("R&ating:"))
            box.note_label.setText(self.tr("Note:"))
            current = box.rating.currentData()
            box.rating.clear()
            for rating in CxRating:
                box.rating.addItem(cx_rating_label(rating, tr), rating.value)
            box.rating.setCurrentIndex(max(box.rating.findData(current), 0))
            box.note.setPlaceholderText(self._note_placeholder(question))
        self.service_box.setTitle(self.tr("Reliability"))
        self.response_label.setText(self.tr("Response-time &target:"))
        self.response_edit.setPlaceholderText(self.tr("e.g. a clear answer within two hours"))
        self.response_hint.setText(
            self.tr("Required for customer-facing use cases. Say also how it is measured.")
        )
        self.fallback_label.setText(self.tr("Fallback &when the AI fails:"))
        self.fallback_edit.setPlaceholderText(
            self.tr("e.g. enquiries go to the service inbox and the team answers within one working day")
        )

    def _note_placeholder(self, question: CxQuestion) -> str:
        """What a good note to each question looks like."""
        return {
            CxQuestion.COHERENT: self.tr("e.g. the answer has our tone and fits what the customer asked"),
            CxQuestion.COMPREHENSIBLE: self.tr("e.g. the customer understands what happens next and why"),
            CxQuestion.RESPONSIBILITY: self.tr("e.g. every answer names a person the customer can reach"),
        }[question]

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Shows the stored ratings, notes, target and fallback."""
        uc = self.use_case()
        for question, box in self.boxes.items():
            answer = uc.cx_answer(question) if uc else None
            rating = CxRating(answer.rating) if answer else CxRating.NOT_RATED
            box.rating.setCurrentIndex(max(box.rating.findData(rating.value), 0))
            if not box.note.pending():  # never overwrite what is being typed
                box.note.set_text(answer.note if answer else "")
        target = uc.response_target if uc else ""
        if self.response_edit.text() != target and not self.response_edit.isModified():
            self.response_edit.setText(target)
        if not self.fallback_edit.pending():
            self.fallback_edit.set_text(uc.fallback if uc else "")
        facing = bool(uc and uc.customer_facing)
        self.response_hint.setVisible(facing)

    def focus_target(self, params: dict) -> None:
        """Focuses the field a readiness link names (response target, a question …)."""
        field = params.get("field")
        if field == "response_target":
            self.response_edit.setFocus()
        elif field == "fallback":
            self.fallback_edit.setFocus()
        else:
            question = params.get("question")
            box = self.boxes.get(CxQuestion(question)) if question in set(CxQuestion) else None
            if box is None:
                box = next(
                    (b for q, b in self.boxes.items() if b.rating.currentData() == CxRating.NOT_RATED.value),
                    self.boxes[CxQuestion.COHERENT],
                )
            box.rating.setFocus()

    def flush(self) -> None:
        """Commits text still being typed (before a save)."""
        for box in self.boxes.values():
            if box.note.pending():
                box.note.commit()
        if self.fallback_edit.pending():
            self.fallback_edit.commit()
        if self.response_edit.isModified():
            self._response_committed()

    # -- edits -----------------------------------------------------------------------------
    def _answer_fields(self, question: CxQuestion, values: dict[str, Any], text: str, merge: bool) -> None:
        """Changes an answer, creating it when the question was never touched."""
        uc = self.use_case()
        if uc is None:
            return
        answer = uc.cx_answer(question)
        if answer is None:
            answer = CxAnswer(use_case_uuid=uc.uuid, question=question)
            for key, value in values.items():
                setattr(answer, key, value)
            edits.add_records(self.session, [answer], text)
        else:
            edits.set_fields(self.session, answer, values, text, merge=merge)

    def _rating_chosen(self, question: CxQuestion) -> None:
        """The user picked a rating."""
        value = CxRating(self.boxes[question].rating.currentData())
        self._answer_fields(question, {"rating": value}, self.tr("Rate CX question"), merge=False)

    def _note_committed(self, question: CxQuestion, text: str) -> None:
        """The user paused typing a note."""
        uc = self.use_case()
        answer = uc.cx_answer(question) if uc else None
        if (answer.note if answer else "") == text:
            return
        self._answer_fields(question, {"note": text}, self.tr("Edit CX note"), merge=True)

    def _response_committed(self) -> None:
        """The user left the response-target field."""
        uc = self.use_case()
        self.response_edit.setModified(False)
        text = self.response_edit.text().strip()
        if uc is not None and uc.response_target != text:
            edits.set_fields(self.session, uc, {"response_target": text}, self.tr("Set response-time target"))

    def _fallback_committed(self, text: str) -> None:
        """The user paused typing the fallback."""
        uc = self.use_case()
        if uc is not None and uc.fallback != text:
            edits.set_fields(self.session, uc, {"fallback": text}, self.tr("Edit fallback"), merge=True)
