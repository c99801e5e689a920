"""Settings: the interface language (for this computer) and the company's settings (in the file).

The language switches live so the user sees the effect at once; Cancel switches back.
Company changes are applied on OK as one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from leitplanken.domain import limits
from leitplanken.domain.fields import field_of
from leitplanken.domain.model import BoardMember, BoardRole, Company
from leitplanken.i18n.fmt import Formatter, locale_name
from leitplanken.i18n.labels import board_role_label
from leitplanken.i18n.translator import AppTranslator
from leitplanken.ui.settings import app_settings
from leitplanken.ui.settings.language import choose_language
from leitplanken.ui.widgets.delegates import limit_line
from leitplanken.ui.workspace import edits
from leitplanken.ui.workspace.session import Session

#: Interface languages, each named in its own language (as language pickers do).
LANGUAGE_NAMES = (("de", "Deutsch"), ("de_CH", "Deutsch (Schweiz)"), ("en", "English"))
LOCALES = ("de_CH", "de_DE", "de_AT", "de_LI", "en_GB", "en_US", "fr_CH", "it_CH")
CURRENCIES = ("CHF", "EUR", "USD", "GBP")


class SettingsDialog(QDialog):
    """Interface language, company, board, pilot-trap threshold and paper size."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        """Fills the form from the workspace's company and board."""
        super().__init__(parent)
        self.session = session
        self._tr = AppTranslator()
        self._start_language = app_settings.interface_language()
        company = session.workspace.company

        self.language = QComboBox(self)
        self.language.setObjectName("settings-language")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(self._start_language), 0))
        self.language.currentIndexChanged.connect(self._language_chosen)

        self.name = limit_line(QLineEdit(company.name, self), Company, "name")
        self.legal_form = limit_line(QLineEdit(company.legal_form, self), Company, "legal_form")
        # The locale, named in words (the code stays the item's data); not called self.locale,
        # which would hide QWidget.locale().
        self.formats = QComboBox(self)
        for code in (*LOCALES, *(() if company.locale in LOCALES else (company.locale,))):
            self.formats.addItem(code, code)
        self.formats.setCurrentIndex(max(self.formats.findData(company.locale), 0))
        self.currency = self._combo(CURRENCIES, company.currency, editable=True)
        self._limit_combo(self.currency, "currency")
        self.currency.currentTextChanged.connect(lambda _text: self._name_locales())
        self.doc_language = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.doc_language.addItem(name, code)
        self.doc_language.setCurrentIndex(max(self.doc_language.findData(company.language), 0))
        self.board_name = QComboBox(self)
        self.board_name.setEditable(True)
        self._limit_combo(self.board_name, "board_name")
        self.board_name.setCurrentText(company.board_name)
        self.trap_days = QSpinBox(self)
        self.trap_days.setRange(7, 730)
        self.trap_days.setValue(company.pilot_trap_days)
        self.paper = QComboBox(self)
        self.paper.addItem("A4", "a4")
        self.paper.addItem("Letter", "letter")
        self.paper.setCurrentIndex(max(self.paper.findData(company.paper_size), 0))

        self.board = QTableWidget(0, 2, self)
        self.board.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.board.verticalHeader().hide()
        self.board.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.board.setMinimumHeight(140)
        for member in sorted(session.workspace.board, key=lambda m: m.sort):
            self._add_board_row(member.person_uuid, member.role)
        self.add_member = QPushButton(self)
        self.add_member.clicked.connect(lambda: self._add_board_row(None, BoardRole.MEMBER))
        self.remove_member = QPushButton(self)
        self.remove_member.clicked.connect(self._remove_board_row)

        self.ui_box = QGroupBox(self)
        ui_form = QFormLayout(self.ui_box)
        self.company_box = QGroupBox(self)
        form = QFormLayout(self.company_box)
        self.board_box = QGroupBox(self)
        board_layout = QVBoxLayout(self.board_box)
        board_form = QFormLayout()
        board_layout.addLayout(board_form)
        board_layout.addWidget(self.board)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_member)
        row.addWidget(self.add_member)
        board_layout.addLayout(row)
        self._rows: list[tuple[Any, str, QWidget]] = [
            (ui_form, "language", self.language),
            (form, "name", self.name), (form, "legal_form", self.legal_form),
            (form, "locale", self.formats), (form, "currency", self.currency),
            (form, "doc_language", self.doc_language), (form, "trap_days", self.trap_days),
            (form, "paper", self.paper), (board_form, "board_name", self.board_name),
        ]
        self._labels: dict[str, Any] = {}
        for target, key, widget in self._rows:
            target.addRow(key, widget)
            self._labels[key] = target.labelForField(widget)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.ui_box)
        layout.addWidget(self.company_box)
        layout.addWidget(self.board_box, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(680, 660)

    def _combo(self, values: tuple[str, ...], current: str, editable: bool) -> QComboBox:
        """A combo box offering common values and allowing others."""
        combo = QComboBox(self)
        combo.setEditable(editable)
        combo.addItems(list(values))
        combo.setCurrentText(current)
        return combo

    @staticmethod
    def _limit_combo(combo: QComboBox, name: str) -> None:
        """An editable combo box stops typing at the limit of the company field it edits."""
        edit = combo.lineEdit()
        assert edit is not None
        limit_line(edit, Company, name)

    def _name_locales(self) -> None:
        """Shows each format as "Deutsch (Schweiz) – 25.11.2026, CHF 1’200.00" in the UI language."""
        from datetime import date
        from decimal import Decimal

        language = app_settings.interface_language()
        sample_day, amount = date(2026, 11, 25), Decimal("1200")
        for i in range(self.formats.count()):
            code = self.formats.itemData(i)
            fmt = Formatter(code)
            currency = self.currency.currentText().strip() or "CHF"
            self.formats.setItemText(
                i, f"{locale_name(code, language)} – {fmt.date_short(sample_day)}, "
                f"{fmt.money(amount, currency)}")

    # -- board -------------------------------------------------------------------------------
    def _add_board_row(self, person_uuid: str | None, role: BoardRole) -> None:
        """A row with a person picker and a role picker."""
        row = self.board.rowCount()
        self.board.insertRow(row)
        person = QComboBox(self.board)
        for p in sorted(self.session.workspace.people, key=lambda x: x.name.casefold()):
            person.addItem(p.name, p.uuid)
        if person_uuid:
            person.setCurrentIndex(max(person.findData(person_uuid), 0))
        roles = QComboBox(self.board)
        for value in BoardRole:
            roles.addItem(board_role_label(value, self._tr), value.value)
        roles.setCurrentIndex(max(roles.findData(BoardRole(role).value), 0))
        self.board.setCellWidget(row, 0, person)
        self.board.setCellWidget(row, 1, roles)

    def _remove_board_row(self) -> None:
        """Removes the selected member row."""
        row = self.board.currentRow()
        if row >= 0:
            self.board.removeRow(row)

    def board_rows(self) -> list[tuple[str, BoardRole]]:
        """The members as chosen: (person UUID, role), in order, each person once."""
        rows: list[tuple[str, BoardRole]] = []
        for row in range(self.board.rowCount()):
            person = self.board.cellWidget(row, 0)
            role = self.board.cellWidget(row, 1)
            uuid = person.currentData() if isinstance(person, QComboBox) else None
            if uuid and all(uuid != u for u, _r in rows) and isinstance(role, QComboBox):
                rows.append((uuid, BoardRole(role.currentData())))
        return rows

    # -- language ----------------------------------------------------------------------------
    def _language_chosen(self) -> None:
        """Switches the interface at once (every open widget retranslates itself)."""
        choose_language(self.language.currentData())

    def reject(self) -> None:
        """Cancel also undoes a language switch made in this dialog."""
        if app_settings.interface_language() != self._start_language:
            choose_language(self._start_language)
        super().reject()

    # -- applying ----------------------------------------------------------------------------
    def accept(self) -> None:
        """Writes changed company values and board seats as one undo step."""
        if not self.session.read_only:
            self._apply()
        super().accept()

    def _apply(self) -> None:
        """The differences between the form and the workspace, as commands."""
        ws = self.session.workspace
        values = {
            "name": self.name.text().strip(), "legal_form": self.legal_form.text().strip(),
            "locale": self.formats.currentData() or "de_CH",
            "currency": (self.currency.currentText().strip() or "CHF").upper(),
            "language": self.doc_language.currentData(), "board_name": self.board_name.currentText().strip(),
            "pilot_trap_days": self.trap_days.value(), "paper_size": self.paper.currentData(),
        }
        for key, value in values.items():
            f = field_of(Company, key)
            if isinstance(value, str) and f is not None:
                # upper() can lengthen a typed text ("ß" becomes "SS"): keep it within its field
                values[key] = limits.cut_text(f, value)
        changed = {k: v for k, v in values.items() if getattr(ws.company, k) != v}
        wanted = self.board_rows()
        existing = {m.person_uuid: m for m in ws.board}
        if not changed and [(m.person_uuid, m.role) for m in sorted(ws.board, key=lambda m: m.sort)] == wanted:
            return
        with edits.one_step(self.session, self.tr("Change settings")):
            if changed:
                edits.set_fields(self.session, ws.company, changed, text=self.tr("Change company settings"))
            keep = {uuid for uuid, _role in wanted}
            edits.remove_records(self.session, [m for m in ws.board if m.person_uuid not in keep],
                                 text=self.tr("Remove board member"))
            new = []
            for sort, (uuid, role) in enumerate(wanted):
                member = existing.get(uuid)
                if member is None:
                    new.append(BoardMember(person_uuid=uuid, role=role, sort=sort))
                else:
                    edits.set_fields(self.session, member, {"role": role, "sort": sort},
                                     text=self.tr("Change board member"))
            edits.add_records(self.session, new, text=self.tr("Add board member"))

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts in the interface language (this dialog switches it live)."""
        self.setWindowTitle(self.tr("Settings"))
        self.ui_box.setTitle(self.tr("This computer"))
        self.company_box.setTitle(self.tr("Company (saved in the file)"))
        self.board_box.setTitle(self.tr("Board"))
        texts = {
            "language": self.tr("Interface &language:"), "name": self.tr("Company &name:"),
            "legal_form": self.tr("Legal &form:"), "locale": self.tr("&Formats (locale):"),
            "currency": self.tr("&Currency:"), "doc_language": self.tr("Language of catalogue and &decision record:"),
            "trap_days": self.tr("&Pilot trap after (days):"), "paper": self.tr("&Paper size:"),
            "board_name": self.tr("Board &name:"),
        }
        for key, text in texts.items():
            label = self._labels.get(key)
            if label is not None:
                label.setText(text)
        self.legal_form.setPlaceholderText(self.tr("e.g. AG, GmbH"))
        self.trap_days.setSuffix(" " + self.tr("days"))
        self.trap_days.setToolTip(self.tr("A pilot without a decision for longer than this is flagged as a pilot trap."))
        self._name_locales()
        self.formats.setToolTip(self.tr("How dates, numbers and money are written (e.g. de_CH: 25.11.2026, CHF 1’200.00)"))
        current = self.board_name.currentText()
        self.board_name.clear()
        self.board_name.addItems([self.tr("Board of directors"), self.tr("Management board"), self.tr("Advisory board")])
        self.board_name.setCurrentText(current)
        self.board.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Role")])
        self.board.setToolTip(self.tr("The chair and the minute-taker sign the minutes (Swiss CO Art. 713 para. 3)."))
        self.add_member.setText(self.tr("&Add member"))
        self.remove_member.setText(self.tr("&Remove member"))
        for row in range(self.board.rowCount()):
            roles = self.board.cellWidget(row, 1)
            if isinstance(roles, QComboBox):
                for i in range(roles.count()):
                    roles.setItemText(i, board_role_label(BoardRole(roles.itemData(i)), self._tr))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Qt's route for a live language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
