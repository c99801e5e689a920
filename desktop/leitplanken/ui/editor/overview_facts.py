"""The right-hand column of the overview: owner, risk, data, costs, dates and tags.

The form parses what the user typed (money and numbers the locale's way, tags as a list)
and hands each finished value to the overview through `edited`; it never writes itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from leitplanken.domain import limits
from leitplanken.domain.fields import Kind, field_of
from leitplanken.domain.model import RiskClass, UseCase
from leitplanken.i18n.fmt import Formatter
from leitplanken.i18n.labels import (
    form_label,
    mnemonic_label,
    risk_hint,
    risk_label,
)
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.ui.widgets.colours import Tone, text_style
from leitplanken.ui.widgets.field_widgets import (
    NumberOutOfRange,
    OptionalDateEdit,
    parse_decimal,
)

LINES = ("tool", "personal_data_which", "response_target", "tags")
NUMBERS = ("cost_once", "cost_monthly", "hours_saved_month")
DATES = ("created_on", "pilot_start", "go_live", "next_review")


def _kind(key: str) -> Kind:
    """The declared kind of a use-case field shown here."""
    f = field_of(UseCase, key)
    assert f is not None, key
    return f.kind


def _max_length(key: str) -> int:
    """How many characters a one-line field takes: its kind's limit (tags: all of them)."""
    f = field_of(UseCase, key)
    assert f is not None, key
    if f.kind is Kind.TAGS:
        tags = limits.TEXT_LIMITS[Kind.TAGS]
        return tags.count * (tags.chars + 2)  # the tags, each with ", "
    # a number's text is judged by parse_decimal; a line keeps to its kind's characters
    return limits.max_chars(f) or 100


class FactsForm(QWidget):
    """Owner, customer-facing, personal data, tool, risk class, costs, dates, tags."""

    #: (field, value, merge): a value the user finished entering.
    edited = Signal(str, object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Builds the form rows; texts come from retranslate()."""
        super().__init__(parent)
        self._tr = AppTranslator()
        self._locale = "de_CH"
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, Any] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # the status is shown once, beside the use case's title above the tabs
        owner = QComboBox(self)
        owner.setObjectName("overview-owner")
        owner.activated.connect(lambda _i: self.edited.emit("owner_uuid", owner.currentData(), False))
        self.fields["owner_uuid"] = owner
        form.addRow(self._label("owner_uuid"), owner)
        for key in ("customer_facing", "personal_data"):
            box = QCheckBox(self)
            box.setObjectName(f"overview-{key}")
            box.clicked.connect(lambda checked, k=key: self.edited.emit(k, bool(checked), False))
            self.fields[key] = box
            form.addRow("", box)
        self._line("personal_data_which", form)
        self._line("tool", form)
        risk = QComboBox(self)
        risk.setObjectName("overview-risk")
        risk.activated.connect(lambda _i: self.edited.emit("risk_class", RiskClass(risk.currentData()), False))
        self.fields["risk_class"] = risk
        form.addRow(self._label("risk_class"), risk)
        self.risk_hint = QLabel(self)
        self.risk_hint.setWordWrap(True)
        self.risk_hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", self.risk_hint)
        for key in (*NUMBERS, "response_target"):
            self._line(key, form)
        self.number_error = QLabel(self)
        self.number_error.setObjectName("overview-number-error")
        self.number_error.setStyleSheet(text_style(Tone.ERROR))
        self.number_error.setWordWrap(True)
        self.number_error.hide()
        form.addRow("", self.number_error)
        for key in DATES:
            edit = OptionalDateEdit(self)
            edit.setObjectName(f"overview-{key}")
            edit.dateChanged.connect(lambda _d, k=key, e=edit: self.edited.emit(k, e.value(), True))
            edit.invalid.connect(self._show_error)
            self.fields[key] = edit
            form.addRow(self._label(key), edit)
        self._line("tags", form)
        self.retranslate()

    def _label(self, key: str) -> QLabel:
        """A word-wrapped label remembered for retranslate()."""
        label = QLabel(self)
        label.setWordWrap(True)
        self.labels[key] = label
        return label

    def _line(self, key: str, form: QFormLayout) -> None:
        """A one-line field that hands over its value when the user leaves it."""
        line = QLineEdit(self)
        line.setObjectName(f"overview-{key}")
        line.setMaxLength(_max_length(key))
        line.editingFinished.connect(lambda k=key: self.commit_line(k))
        self.fields[key] = line
        form.addRow(self._label(key), line)

    # -- showing -----------------------------------------------------------------------------
    def show_use_case(self, uc: UseCase, workspace: Any, read_only: bool) -> None:
        """Shows stored values; a field the user is typing into keeps its text."""
        company = workspace.company
        self._locale = company.locale
        fmt = Formatter(company.locale)
        for key in LINES:
            value = ", ".join(uc.tags) if key == "tags" else getattr(uc, key)
            self._set_line(key, value, read_only)
        for key in NUMBERS:
            value = getattr(uc, key)
            text = fmt.money(value, company.currency) if key.startswith("cost") else fmt.number(value)
            self._set_line(key, text, read_only)
        for key in DATES:
            edit = self.fields[key]
            if edit.locale().name() != QLocale(company.locale).name():
                edit.set_locale(company.locale)
            if not (edit.hasFocus() and edit.isModified()):
                edit.set_value(getattr(uc, key))
            edit.setReadOnly(read_only)
        self.fields["customer_facing"].setChecked(uc.customer_facing)
        self.fields["personal_data"].setChecked(uc.personal_data)
        self.fields["personal_data_which"].setEnabled(uc.personal_data)
        for key in ("owner_uuid", "risk_class", "customer_facing", "personal_data"):
            self.fields[key].setEnabled(not read_only)
        self._fill_owner(workspace, uc.owner_uuid)
        risk = self.fields["risk_class"]
        risk.setCurrentIndex(max(risk.findData(uc.risk_class.value), 0))
        self.risk_hint.setText(risk_hint(uc.risk_class, self._tr))

    def _set_line(self, key: str, text: str, read_only: bool) -> None:
        """Sets a line's text unless the user is in the middle of changing it."""
        line = self.fields[key]
        if not (line.hasFocus() and line.isModified()) and line.text() != text:
            line.setText(text)
            line.setCursorPosition(0)  # long texts show their beginning, not their end
        line.setReadOnly(read_only)

    def _fill_owner(self, workspace: Any, owner_uuid: str | None) -> None:
        """Offers the internal people (an external owner stays listed while chosen)."""
        combo = self.fields["owner_uuid"]
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— nobody yet —"), None)
        for person in sorted(workspace.people, key=lambda p: p.name.casefold()):
            if person.internal or person.uuid == owner_uuid:
                combo.addItem(person.name, person.uuid)
        combo.setCurrentIndex(max(combo.findData(owner_uuid), 0) if owner_uuid else 0)
        combo.blockSignals(False)

    # -- editing -----------------------------------------------------------------------------
    def _show_error(self, message: str) -> None:
        """Says under the numbers and dates what was typed wrong (nothing was changed)."""
        self.number_error.setText(message)
        self.number_error.show()

    def commit_focused(self) -> None:
        """Hands over the line being typed into (before save or close)."""
        focused = self.focusWidget()
        for key in (*LINES, *NUMBERS):
            if self.fields[key] is focused and self.fields[key].isModified():
                self.commit_line(key)
        for key in DATES:
            if self.fields[key] is focused and self.fields[key].isModified():
                self.fields[key].commit_text()

    def commit_line(self, key: str) -> None:
        """Parses a one-line field; a number that is none gets a message and changes nothing."""
        line = self.fields[key]
        text = line.text()
        if key == "tags":
            value: Any = [t.strip() for t in text.split(",") if t.strip()]
            tags = limits.TEXT_LIMITS[Kind.TAGS]
            if len(value) > tags.count or any(len(t) > tags.chars for t in value):
                self.number_error.setText(fill(self.tr(
                    "At most %1 tags of at most %2 characters each. Nothing was changed."),
                    tags.count, tags.chars))
                self.number_error.show()
                return
            self.number_error.hide()
        elif key in NUMBERS:
            kind = _kind(key)
            try:
                value = parse_decimal(text, self._locale, kind)
            except NumberOutOfRange as err:
                self.number_error.setText(self._range_message(err, kind))
                self.number_error.show()
                return
            except ValueError:
                self.number_error.setText(fill(self.tr("“%1” is not a number. Please type digits, e.g. 1200.50."), text))
                self.number_error.show()
                return
            self.number_error.hide()
        else:
            value = text
        line.setModified(False)
        self.edited.emit(key, value, False)

    def _range_message(self, err: NumberOutOfRange, kind: Kind) -> str:
        """Names what was typed and the range it must keep to, formatted the locale's way."""
        fmt = Formatter(self._locale)
        bound = fmt.number(err.limit.bound)
        if kind is Kind.MONEY:
            return fill(self.tr("“%1” is outside the range: an amount must be below %2 (plus or "
                                "minus), with at most %3 decimals. Nothing was changed."),
                        err.text, bound, err.limit.places)
        return fill(self.tr("“%1” is outside the range: a number must be below %2 (plus or "
                            "minus), with at most %3 decimals. Nothing was changed."),
                    err.text, bound, err.limit.places)

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Labels, hints and choices in the interface language."""
        # the labels are the fields' declared names (domain/fields.py), with their mnemonics
        texts = {key: form_label(UseCase, key, self._tr) for key in self.labels}
        for key, text in texts.items():
            self.labels[key].setText(text)
            self.labels[key].setBuddy(self.fields[key])
        f = self.fields
        f["customer_facing"].setText(mnemonic_label(UseCase, "customer_facing", self._tr))
        f["customer_facing"].setToolTip(self.tr("Customers deal with the result directly; a response-time target is then required."))
        f["personal_data"].setText(self.tr("Involves &personal data"))
        f["personal_data"].setToolTip(self.tr("Names, e-mails, customer histories …: list them and clarify data protection."))
        f["personal_data_which"].setPlaceholderText(self.tr("e.g. names, e-mail addresses, order history"))
        f["tool"].setPlaceholderText(self.tr("e.g. the CRM's AI assistant, provider name"))
        f["response_target"].setPlaceholderText(self.tr("e.g. a clear answer within two hours"))
        f["response_target"].setToolTip(self.tr("A complaint answered clearly within two hours signals reliability."))
        f["tags"].setPlaceholderText(self.tr("Comma-separated, e.g. customer service, e-mail"))
        f["hours_saved_month"].setToolTip(self.tr("Expected working hours saved per month"))
        for key in NUMBERS[:2]:
            f[key].setToolTip(self.tr("An amount in the company currency, e.g. 1200.50"))
        risk = f["risk_class"]
        current = risk.currentData()
        risk.blockSignals(True)
        risk.clear()
        for value in RiskClass:
            risk.addItem(risk_label(value, self._tr), value.value)
            risk.setItemData(risk.count() - 1, risk_hint(value, self._tr), Qt.ItemDataRole.ToolTipRole)
        risk.setCurrentIndex(max(risk.findData(current), 0))
        risk.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Qt's route for a live language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
