"""The use case's overview: the article's three questions, the boundary and the key facts.

Each field writes through an undo command when the user finishes (or pauses) typing. The
status is shown but not edited here: it changes only through a recorded decision.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
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

from leitplanken.domain import catalogue
from leitplanken.domain.model import RiskClass
from leitplanken.domain.rules import is_vague_only, vague_phrases
from leitplanken.i18n.labels import risk_hint, risk_label, status_label
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.ui import app_settings, edits
from leitplanken.ui.field_widgets import (
    CommittingTextEdit,
    OptionalDateEdit,
    parse_decimal,
    qt_date_format,
)
from leitplanken.ui.use_case_tab import UseCaseTab

_TEXTS = ("problem", "relief_customers", "relief_employees", "boundary")
_LINES = ("title", "tool", "personal_data_which", "response_target", "tags")
_NUMBERS = ("cost_once", "cost_monthly", "hours_saved_month")
_DATES = ("created_on", "pilot_start", "go_live", "next_review")


def article_hint(key: str, part: str) -> str:
    """The article's question, guidance or example for a form part, in the interface language."""
    lang = app_settings.interface_language()
    if part == "question":
        return catalogue.article_question(key, lang)
    if part == "example":
        return catalogue.article_example(key, lang)
    return catalogue.article_hint(key, lang)


class OverviewTab(UseCaseTab):
    """Title, three questions, boundary, and owner, risk, costs and dates of one use case."""

    #: The user wants the responsibility matrix (the third question is answered there).
    raci_requested = Signal()

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        """Builds the form inside a scroll area so small screens reach every field."""
        super().__init__(session, parent)
        self._tr = AppTranslator()
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.addLayout(self._questions(body), 0, 0)
        grid.addLayout(self._facts(body), 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
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
        title.editingFinished.connect(lambda: self._commit_line("title"))
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
                warning.setStyleSheet("color: #8a5a00;")
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

    def _facts(self, parent: QWidget) -> QFormLayout:
        """The right column: status, owner, risk, data, costs, dates, tags."""
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        status = QLabel(parent)
        status.setObjectName("overview-status")
        self.fields["status"] = status
        form.addRow(self._label("status", parent), status)
        owner = QComboBox(parent)
        owner.setObjectName("overview-owner")
        owner.activated.connect(lambda _i: self._commit_value("owner_uuid", owner.currentData()))
        self.fields["owner_uuid"] = owner
        form.addRow(self._label("owner_uuid", parent), owner)
        for key in ("customer_facing", "personal_data"):
            box = QCheckBox(parent)
            box.setObjectName(f"overview-{key}")
            box.clicked.connect(lambda checked, k=key: self._commit_value(k, bool(checked)))
            self.fields[key] = box
            form.addRow("", box)
            if key == "personal_data":
                which = QLineEdit(parent)
                which.editingFinished.connect(lambda: self._commit_line("personal_data_which"))
                self.fields["personal_data_which"] = which
                form.addRow(self._label("personal_data_which", parent), which)
        tool = QLineEdit(parent)
        tool.editingFinished.connect(lambda: self._commit_line("tool"))
        self.fields["tool"] = tool
        form.addRow(self._label("tool", parent), tool)
        risk = QComboBox(parent)
        risk.setObjectName("overview-risk")
        risk.activated.connect(lambda _i: self._commit_value("risk_class", RiskClass(risk.currentData())))
        self.fields["risk_class"] = risk
        form.addRow(self._label("risk_class", parent), risk)
        self.risk_hint = QLabel(parent)
        self.risk_hint.setWordWrap(True)
        self.risk_hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", self.risk_hint)
        for key in (*_NUMBERS, "response_target"):
            line = QLineEdit(parent)
            line.setObjectName(f"overview-{key}")
            line.editingFinished.connect(lambda k=key: self._commit_line(k))
            self.fields[key] = line
            form.addRow(self._label(key, parent), line)
        self.number_error = QLabel(parent)
        self.number_error.setStyleSheet("color: #a33a00;")
        self.number_error.setWordWrap(True)
        self.number_error.hide()
        form.addRow("", self.number_error)
        for key in _DATES:
            edit = OptionalDateEdit(parent)
            edit.setObjectName(f"overview-{key}")
            edit.dateChanged.connect(lambda _d, k=key, e=edit: self._commit_date(k, e))
            self.fields[key] = edit
            form.addRow(self._label(key, parent), edit)
        tags = QLineEdit(parent)
        tags.editingFinished.connect(lambda: self._commit_line("tags"))
        self.fields["tags"] = tags
        form.addRow(self._label("tags", parent), tags)
        return form

    # -- showing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Shows the use case's stored values (fields being typed into keep their text)."""
        uc = self.use_case()
        self.setEnabled(uc is not None)
        if uc is None:
            return
        fmt = self.formatter()
        currency = self.session.workspace.company.currency
        read_only = self.read_only()
        for key in _LINES:
            line = self.fields[key]
            value = ", ".join(uc.tags) if key == "tags" else getattr(uc, key)
            if not (line.hasFocus() and line.isModified()) and line.text() != value:
                line.setText(value)
            line.setReadOnly(read_only)
        for key in _TEXTS:
            edit = self.fields[key]
            if not edit.pending():
                edit.set_text(getattr(uc, key))
            edit.setReadOnly(read_only)
        for key in _NUMBERS:
            value = getattr(uc, key)
            text = fmt.money(value, currency) if key.startswith("cost") else fmt.number(value)
            line = self.fields[key]
            if not (line.hasFocus() and line.isModified()):
                line.setText(text)
            self.fields[key].setReadOnly(read_only)
        date_format = qt_date_format(self.session.workspace.company.locale)
        for key in _DATES:
            edit = self.fields[key]
            edit.setDisplayFormat(date_format)
            edit.set_value(getattr(uc, key))
            edit.setReadOnly(read_only)
        self.fields["status"].setText(status_label(uc.status, self._tr))
        self.fields["customer_facing"].setChecked(uc.customer_facing)
        self.fields["personal_data"].setChecked(uc.personal_data)
        self.fields["personal_data_which"].setEnabled(uc.personal_data)
        for key in ("owner_uuid", "risk_class", "customer_facing", "personal_data"):
            self.fields[key].setEnabled(not read_only)
        self._fill_owner(uc.owner_uuid)
        risk = self.fields["risk_class"]
        risk.setCurrentIndex(max(risk.findData(uc.risk_class.value), 0))
        self.risk_hint.setText(risk_hint(uc.risk_class, self._tr))
        self._update_warning()

    def _fill_owner(self, owner_uuid: str | None) -> None:
        """Offers the company's internal people (an external owner stays listed if chosen)."""
        combo = self.fields["owner_uuid"]
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— nobody yet —"), None)
        people = sorted(self.session.workspace.people, key=lambda p: p.name.casefold())
        for person in people:
            if person.internal or person.uuid == owner_uuid:
                combo.addItem(person.name, person.uuid)
        combo.setCurrentIndex(max(combo.findData(owner_uuid), 0) if owner_uuid else 0)
        combo.blockSignals(False)

    def _update_warning(self) -> None:
        """The gentle hint under the problem when it reads like a goal, not a problem."""
        text = self.fields["problem"].toPlainText()
        phrases = vague_phrases(text)
        if not phrases:
            self.vague_warning.hide()
            return
        quoted = ", ".join(f"„{p}“" for p in phrases)
        if is_vague_only(text):
            message = fill(self.tr("%1 names a goal, not a problem. What concretely happens today, and what should change? Not “raise efficiency”, but “answer recurring enquiries automatically”."), quoted)
        else:
            message = fill(self.tr("Tip: %1 is a general goal. The concrete part of your description is what counts."), quoted)
        self.vague_warning.setText(message)
        self.vague_warning.show()

    # -- editing -----------------------------------------------------------------------------
    def commit_pending(self) -> None:
        """Turns text still being typed into commands (before save, close, switching case)."""
        for key in _TEXTS:
            edit = self.fields[key]
            if edit.pending():
                edit.commit()
        focused = self.focusWidget()
        for key in (*_LINES, *_NUMBERS):
            if self.fields[key] is focused:
                self._commit_line(key)

    def set_use_case(self, uuid: str | None) -> None:
        """Commits typing for the previous use case before showing another."""
        if self.use_case_uuid is not None and uuid != self.use_case_uuid:
            self.commit_pending()
        super().set_use_case(uuid)

    def _commit_line(self, key: str) -> None:
        """A one-line field was left: parse and store its value."""
        uc = self.use_case()
        if uc is None or self.read_only():
            return
        text = self.fields[key].text()
        if key == "tags":
            value: Any = [t.strip() for t in text.split(",") if t.strip()]
        elif key in _NUMBERS:
            try:
                value = parse_decimal(text, self.session.workspace.company.locale)
            except ValueError:
                self.number_error.setText(fill(self.tr("“%1” is not a number. Please type digits, e.g. 1200.50."), text))
                self.number_error.show()
                return
            self.number_error.hide()
        else:
            value = text.strip() if key == "title" else text
        self._commit_value(key, value)
        if key in _NUMBERS:
            self.refresh()

    def _commit_date(self, key: str, edit: OptionalDateEdit) -> None:
        """A date was picked or cleared."""
        self._commit_value(key, edit.value(), merge=True)

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
        """The field's name for undo texts ("Edit concrete problem")."""
        return self._names().get(key, key)

    def _names(self) -> dict[str, str]:
        """Field names in the interface language (glossary words)."""
        return {
            "title": self.tr("title"), "problem": self.tr("concrete problem"),
            "relief_customers": self.tr("relief for customers"),
            "relief_employees": self.tr("relief for employees"),
            "boundary": self.tr("boundary between automation and human"),
            "owner_uuid": self.tr("owner"), "customer_facing": self.tr("customer-facing"),
            "personal_data": self.tr("personal data"),
            "personal_data_which": self.tr("which personal data"),
            "tool": self.tr("tool or provider"), "risk_class": self.tr("risk class"),
            "cost_once": self.tr("one-off cost"), "cost_monthly": self.tr("monthly cost"),
            "hours_saved_month": self.tr("hours saved per month"),
            "response_target": self.tr("response-time target"),
            "created_on": self.tr("created on"), "pilot_start": self.tr("pilot start"),
            "go_live": self.tr("go-live"), "next_review": self.tr("next review"),
            "tags": self.tr("tags"),
        }

    def retranslate(self) -> None:
        """Re-sets labels, hints and tooltips in the interface language."""
        tr = self.tr
        texts = {
            "title": tr("&Title"),
            "problem": "1. " + article_hint("problem", "question"),
            "relief_customers": "2. " + tr("Where does AI bring relief for customers?"),
            "relief_employees": tr("… and for employees?"),
            "responsibility_q": "3. " + article_hint("responsibility", "question"),
            "responsibility": tr("Who checks, who steps in and who answers for it is set in the responsibility matrix (RACI)."),
            "boundary": article_hint("boundary", "question"),
            "status": tr("Status:"), "owner_uuid": tr("O&wner:"),
            "personal_data_which": tr("Which data:"), "tool": tr("Tool / provider:"),
            "risk_class": tr("Risk class (EU AI Act):"), "cost_once": tr("One-off cost:"),
            "cost_monthly": tr("Monthly cost:"), "hours_saved_month": tr("Hours saved per month:"),
            "response_target": tr("Response-time target:"), "created_on": tr("Created on:"),
            "pilot_start": tr("Pilot start:"), "go_live": tr("Go-live:"),
            "next_review": tr("Next review:"), "tags": tr("Tags:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.labels["title"].setBuddy(self.fields["title"])
        for key in _TEXTS:
            self.labels[key].setBuddy(self.fields[key])
        self.labels["owner_uuid"].setBuddy(self.fields["owner_uuid"])
        hints = {"problem": "problem", "relief_customers": "relief", "relief_employees": "relief",
                 "boundary": "boundary"}
        for key, hint_key in hints.items():
            edit = self.fields[key]
            edit.setPlaceholderText(fill(tr("e.g. %1"), article_hint(hint_key, "example")))
            edit.setToolTip(article_hint(hint_key, "hint"))
        self.fields["relief_customers"].setPlaceholderText(
            tr("e.g. Customers get a clear answer within two hours instead of waiting days."))
        self.fields["relief_employees"].setPlaceholderText(
            tr("e.g. The team no longer sorts enquiries by hand and gains time for personal advice."))
        self.labels["responsibility"].setToolTip(article_hint("responsibility", "hint"))
        self.raci_button.setText(tr("Open &RACI"))
        self.raci_button.setToolTip(tr("Shows the responsibility matrix of this use case"))
        self.fields["title"].setPlaceholderText(tr("A short name, e.g. “Answer complaints within two hours”"))
        self.fields["status"].setToolTip(tr("The status changes only through a recorded decision (Decisions tab)."))
        self.fields["customer_facing"].setText(tr("&Customer-facing"))
        self.fields["customer_facing"].setToolTip(tr("Customers deal with the result directly; a response-time target is then required."))
        self.fields["personal_data"].setText(tr("Involves &personal data"))
        self.fields["personal_data"].setToolTip(tr("Names, e-mails, customer histories …: list them and clarify data protection."))
        self.fields["personal_data_which"].setPlaceholderText(tr("e.g. names, e-mail addresses, order history"))
        self.fields["tool"].setPlaceholderText(tr("e.g. the CRM's AI assistant, provider name"))
        self.fields["response_target"].setPlaceholderText(tr("e.g. a clear answer within two hours"))
        self.fields["response_target"].setToolTip(tr("A complaint answered clearly within two hours signals reliability."))
        self.fields["tags"].setPlaceholderText(tr("Comma-separated, e.g. customer service, e-mail"))
        self.fields["hours_saved_month"].setToolTip(tr("Expected working hours saved per month"))
        risk = self.fields["risk_class"]
        current = risk.currentData()
        risk.blockSignals(True)
        risk.clear()
        for value in RiskClass:
            risk.addItem(risk_label(value, self._tr), value.value)
            risk.setItemData(risk.count() - 1, risk_hint(value, self._tr), Qt.ItemDataRole.ToolTipRole)
        risk.setCurrentIndex(max(risk.findData(current), 0))
        risk.blockSignals(False)
