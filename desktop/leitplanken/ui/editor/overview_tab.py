"""The use case's overview: the article's three questions, the boundary and the key facts.

Each field writes through an undo command when the user finishes (or pauses) typing. The
status is shown but not edited here: it changes only through a recorded decision.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from leitplanken.domain import catalogue, limits
from leitplanken.domain.fields import Kind
from leitplanken.domain.model import UseCase
from leitplanken.domain.rules import is_vague_only, vague_phrases
from leitplanken.i18n.labels import field_label, mnemonic_label
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.ui.editor.overview_facts import FactsForm
from leitplanken.ui.editor.use_case_tab import UseCaseTab
from leitplanken.ui.settings import app_settings
from leitplanken.ui.widgets.colours import Tone, text_style
from leitplanken.ui.widgets.field_widgets import CommittingTextEdit
from leitplanken.ui.workspace import edits

_TEXTS = ("problem", "relief_customers", "relief_employees", "boundary")


def article_hint(key: str, part: str) -> str:
    """The article's question, guidance or example for a form part, in the interface language."""
    lang = app_settings.interface_language()
    if part == "question":
        return catalogue.article_question(key, lang)
    if part == "example":
        return catalogue.article_example(key, lang)
    return catalogue.article_hint(key, lang)


def vague_problem_message(text: str) -> str:
    """The hint the overview and the guided start give when a problem reads like a goal ("" if not)."""
    phrases = vague_phrases(text)
    if not phrases:
        return ""
    # Quotation marks differ per language („…“, «…», “…”), so they are part of the translation.
    quoted = ", ".join(fill(QCoreApplication.translate("OverviewTab", "“%1”"), p) for p in phrases)
    if is_vague_only(text):
        return fill(QCoreApplication.translate("OverviewTab", "%1 names a goal, not a problem. What concretely happens today, and what should change? Not “raise efficiency”, but “answer recurring enquiries automatically”."), quoted)
    return fill(QCoreApplication.translate("OverviewTab", "Tip: %1 is a general goal. The concrete part of your description is what counts."), quoted)


class OverviewTab(UseCaseTab):
    """Title, three questions, boundary, and owner, risk, costs and dates of one use case."""

    #: The user wants the responsibility matrix (the third question is answered there).
    raci_requested = Signal()

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        """Builds the form inside a scroll area so small screens reach every field."""
        super().__init__(session, parent)
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, Any] = {}
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.addLayout(self._questions(body), 0, 0)
        self.facts = FactsForm(body)
        self.facts.edited.connect(self._commit_value)
        self.fields.update(self.facts.fields)
        grid.addWidget(self.facts, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        session.flush_requested.connect(self.commit_pending)
        self.retranslate()
        self.setEnabled(False)

    # -- building ----------------------------------------------------------------------------
    def _label(self, key: str, parent: QWidget) -> QLabel:
        """A label remembered for retranslate(), word-wrapped so German fits."""
        label = QLabel(parent)
        label.setWordWrap(True)
        self.labels[key] = label
        return label

    def _question_label(self, key: str, parent: QWidget) -> QLabel:
        """A bold label: the article's questions structure the form."""
        label = self._label(key, parent)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _questions(self, parent: QWidget) -> QVBoxLayout:
        """The left column: title, the three questions and the boundary."""
        col = QVBoxLayout()
        title = QLineEdit(parent)
        title.setObjectName("overview-title")
        title.setMaxLength(limits.TEXT_LIMITS[Kind.LINE].chars)
        title.editingFinished.connect(self._commit_title)
        self.fields["title"] = title
        col.addWidget(self._label("title", parent))
        col.addWidget(title)
        for key in _TEXTS:
            edit = CommittingTextEdit(parent)
            edit.setObjectName(f"overview-{key}")
            edit.setMinimumHeight(64)
            edit.setMaximumHeight(120)
            edit.committed.connect(lambda text, k=key: self._commit_value(k, text))
            self.fields[key] = edit
            col.addWidget(self._question_label(key, parent))
            col.addWidget(edit)
            if key == "problem":
                warning = QLabel(parent)
                warning.setObjectName("overview-vague-warning")
                warning.setWordWrap(True)
                warning.setStyleSheet(text_style(Tone.WARNING))
                warning.hide()
                self.vague_warning = warning
                edit.textChanged.connect(self._update_warning)
                col.addWidget(warning)
            if key == "relief_employees":
                row = QHBoxLayout()
                row.addWidget(self._label("responsibility", parent), 1)
                self.raci_button = QPushButton(parent)
                self.raci_button.clicked.connect(self.raci_requested)
                row.addWidget(self.raci_button, 0, Qt.AlignmentFlag.AlignTop)
                col.addWidget(self._question_label("responsibility_q", parent))
                col.addLayout(row)
        col.addStretch(1)
        return col

    # -- showing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Shows the use case's stored values (fields being typed into keep their text)."""
        uc = self.use_case()
        self.setEnabled(uc is not None)
        if uc is None:
            return
        read_only = self.read_only()
        title = self.fields["title"]
        if not (title.hasFocus() and title.isModified()) and title.text() != uc.title:
            title.setText(uc.title)
            title.setCursorPosition(0)
        title.setReadOnly(read_only)
        for key in _TEXTS:
            edit = self.fields[key]
            if not edit.pending():
                edit.set_text(getattr(uc, key))
            edit.setReadOnly(read_only)
        self.facts.show_use_case(uc, self.session.workspace, read_only)
        self._update_warning()

    def _update_warning(self) -> None:
        """The gentle hint under the problem when it reads like a goal, not a problem."""
        message = vague_problem_message(self.fields["problem"].toPlainText())
        self.vague_warning.setText(message)
        self.vague_warning.setVisible(bool(message))

    # -- editing -----------------------------------------------------------------------------
    def commit_pending(self) -> None:
        """Turns text still being typed into commands (before save, close, switching case)."""
        for key in _TEXTS:
            edit = self.fields[key]
            if edit.pending():
                edit.commit()
        if self.fields["title"].hasFocus() and self.fields["title"].isModified():
            self._commit_title()
        self.facts.commit_focused()

    def set_use_case(self, uuid: str | None) -> None:
        """Commits typing for the previous use case before showing another."""
        changed = uuid != self.use_case_uuid
        if self.use_case_uuid is not None and changed:
            self.commit_pending()
        super().set_use_case(uuid)
        if changed:  # another use case starts at its top, not where the last one was left
            self.scroll_area.verticalScrollBar().setValue(0)

    def _commit_title(self) -> None:
        """The title line was left."""
        title = self.fields["title"]
        title.setModified(False)
        self._commit_value("title", title.text().strip())

    def _commit_value(self, key: str, value: Any, merge: bool = False) -> None:
        """One undo step per field change, named after the field."""
        uc = self.use_case()
        if uc is None or self.read_only():
            return
        text = fill(self.tr("Edit %1"), self._field_name(key))
        edits.set_fields(self.session, uc, {key: value}, text=text, merge=merge)

    def focus_target(self, params: dict) -> None:
        """Puts the cursor into the field a link (readiness gap, attention item) names."""
        widget = self.fields.get(str(params.get("field", "")))
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- language ----------------------------------------------------------------------------
    def _field_name(self, key: str) -> str:
        """The field's declared name for undo texts ("Edit Concrete problem")."""
        return field_label(UseCase, key, AppTranslator())

    def retranslate(self) -> None:
        """Re-sets labels, hints and tooltips in the interface language."""
        texts = {
            "title": mnemonic_label(UseCase, "title", AppTranslator()),
            "problem": "1. " + article_hint("problem", "question"),
            "relief_customers": "2. " + self.tr("Where does AI bring relief for customers?"),
            "relief_employees": self.tr("… and for employees?"),
            "responsibility_q": "3. " + article_hint("responsibility", "question"),
            "responsibility": self.tr("Who checks, who steps in and who answers for it is set in the responsibility matrix (RACI)."),
            "boundary": article_hint("boundary", "question"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.labels["title"].setBuddy(self.fields["title"])
        for key in _TEXTS:
            self.labels[key].setBuddy(self.fields[key])
        hints = {"problem": "problem", "relief_customers": "relief", "relief_employees": "relief",
                 "boundary": "boundary"}
        for key, hint_key in hints.items():
            edit = self.fields[key]
            edit.setPlaceholderText(fill(self.tr("e.g. %1"), article_hint(hint_key, "example")))
            edit.setToolTip(article_hint(hint_key, "hint"))
        self.fields["relief_customers"].setPlaceholderText(
            self.tr("e.g. Customers get a clear answer within two hours instead of waiting days."))
        self.fields["relief_employees"].setPlaceholderText(
            self.tr("e.g. The team no longer sorts enquiries by hand and gains time for personal advice."))
        self.labels["responsibility"].setToolTip(article_hint("responsibility", "hint"))
        self.raci_button.setText(self.tr("Open RACI"))
        self.raci_button.setToolTip(self.tr("Shows the responsibility matrix of this use case"))
        self.fields["title"].setPlaceholderText(self.tr("A short name, e.g. “Answer complaints within two hours”"))
