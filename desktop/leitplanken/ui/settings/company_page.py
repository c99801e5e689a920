"""File → New and the welcome page's "Create": one short page asking for the company and its board.

Company name, legal form, formats and currency, the board's name and its members with their
roles, and who is working at this computer ("I am …"). Everything may be left for later: the
dashboard and the export point at what is still missing, and Settings can fill it in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from leitplanken.domain.model import BoardRole, Company, Person
from leitplanken.i18n.fmt import Formatter, locale_name
from leitplanken.i18n.labels import board_role_label
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.ui.settings import app_settings
from leitplanken.ui.widgets.delegates import limit_line

#: Formats offered, and the currency each one usually goes with.
LOCALE_CURRENCY = {
    "de_CH": "CHF", "de_DE": "EUR", "de_AT": "EUR", "de_LI": "CHF", "fr_CH": "CHF",
    "it_CH": "CHF", "en_GB": "GBP", "en_US": "USD",
}
CURRENCIES = ("CHF", "EUR", "USD", "GBP")

#: Formats and currency a new workspace starts with, per interface language.
NEW_COMPANY = {"de_CH": ("de_CH", "CHF"), "de": ("de_DE", "EUR"), "en": ("en_GB", "CHF")}

#: The usual names of a board, marked for translation once (the user may type their own).
_BOARD_NAMES = (
    QT_TRANSLATE_NOOP("BoardNames", "Board of directors"),
    QT_TRANSLATE_NOOP("BoardNames", "Management board"),
    QT_TRANSLATE_NOOP("BoardNames", "Advisory board"),
    QT_TRANSLATE_NOOP("BoardNames", "Executive board"),
)


def board_name_suggestions() -> list[str]:
    """Verwaltungsrat, Geschäftsleitung, Beirat, Vorstand — in the interface language."""
    return [QCoreApplication.translate("BoardNames", str(text)) for text in _BOARD_NAMES]


def locale_text(code: str, currency: str) -> str:
    """A format as people recognise it: "Deutsch (Schweiz) – 25.11.2026, CHF 1’200.00"."""
    from datetime import date  # delayed: only for naming formats when a form opens
    from decimal import Decimal

    fmt = Formatter(code)
    return (f"{locale_name(code, app_settings.interface_language())} – "
            f"{fmt.date_short(date(2026, 11, 25))}, {fmt.money(Decimal('1200'), currency or 'CHF')}")


@dataclass
class CompanyAnswers:
    """What the page was told: company values, board members (name, role) and "I am"."""

    company: dict[str, str] = field(default_factory=dict)
    members: list[tuple[str, BoardRole]] = field(default_factory=list)
    me: str = ""


class CompanyPage(QDialog):
    """One short page: the company, its board and its members; "Later" skips all of it."""

    #: exec() result when the user chose "Later": create the workspace with what was typed.
    LATER = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        """Starts with the formats of the interface language and two empty seats."""
        super().__init__(parent)
        self.setObjectName("company-page")
        self._tr = AppTranslator()
        default_locale, default_currency = NEW_COMPANY.get(app_settings.interface_language(),
                                                           ("de_CH", "CHF"))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.name = limit_line(QLineEdit(self), Company, "name")
        self.name.setObjectName("company-name")
        self.legal_form = limit_line(QLineEdit(self), Company, "legal_form")
        self.legal_form.setObjectName("company-legal-form")
        self.formats = QComboBox(self)
        self.formats.setObjectName("company-formats")
        for code in LOCALE_CURRENCY:
            self.formats.addItem(code, code)
        self.formats.setCurrentIndex(max(self.formats.findData(default_locale), 0))
        self.currency = QComboBox(self)
        self.currency.setObjectName("company-currency")
        self.currency.setEditable(True)
        self.currency.addItems(list(CURRENCIES))
        edit = self.currency.lineEdit()
        assert edit is not None
        limit_line(edit, Company, "currency")
        self.currency.setCurrentText(default_currency)
        self.formats.currentIndexChanged.connect(self._formats_chosen)
        self.currency.currentTextChanged.connect(lambda _t: self._name_formats())
        self.board_name = QComboBox(self)
        self.board_name.setObjectName("company-board-name")
        self.board_name.setEditable(True)
        board_edit = self.board_name.lineEdit()
        assert board_edit is not None
        limit_line(board_edit, Company, "board_name")
        # "I am": offered from the members typed below (the owner is usually one of them),
        # or typed when the one at this computer is not on the board
        self.me = QComboBox(self)
        self.me.setObjectName("company-me")
        self.me.setEditable(True)
        self.me.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        me_edit = self.me.lineEdit()
        assert me_edit is not None
        limit_line(me_edit, Person, "name")
        self.members = QTableWidget(0, 2, self)
        self.members.setObjectName("company-members")
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.verticalHeader().hide()
        self.members.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.members.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.members.setMinimumHeight(120)
        for role in (BoardRole.CHAIR, BoardRole.MINUTE_TAKER):
            self.add_member_row("", role)
        self.add_member = QPushButton(self)
        self.add_member.clicked.connect(lambda: self._add_and_focus())
        self.members_label = QLabel(self)
        self.members_label.setBuddy(self.members)
        self.members_hint = QLabel(self)
        self.members_hint.setWordWrap(True)
        self.members_hint.setStyleSheet("color: palette(placeholder-text);")

        self.form = QFormLayout()
        self._rows = {"name": self.name, "legal_form": self.legal_form, "formats": self.formats,
                      "currency": self.currency, "board_name": self.board_name, "me": self.me}
        for key, widget in self._rows.items():
            self.form.addRow(key, widget)
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("company-create")
        self.later_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.later_button.setObjectName("company-later")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.later_button.clicked.connect(lambda: self.done(self.LATER))
        member_row = QHBoxLayout()
        member_row.addWidget(self.members_label, 1)
        member_row.addWidget(self.add_member)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addLayout(member_row)
        layout.addWidget(self.members, 1)
        layout.addWidget(self.members_hint)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.board_name.setCurrentIndex(0)
        self.resize(620, 600)
        self.name.setFocus()

    # -- members -----------------------------------------------------------------------------
    def add_member_row(self, name: str, role: BoardRole) -> int:
        """A seat: a name to type and a role to choose; returns its row."""
        row = self.members.rowCount()
        self.members.insertRow(row)
        edit = limit_line(QLineEdit(name, self.members), Person, "name")
        edit.setObjectName(f"member-name-{row}")
        edit.setFrame(False)
        roles = QComboBox(self.members)
        roles.setObjectName(f"member-role-{row}")
        for value in BoardRole:
            roles.addItem(board_role_label(value, self._tr), value.value)
        roles.setCurrentIndex(max(roles.findData(role.value), 0))
        self.members.setCellWidget(row, 0, edit)
        self.members.setCellWidget(row, 1, roles)
        edit.textChanged.connect(lambda _t: self._offer_members())
        self._name_seat(row)
        self._offer_members()
        return row

    def _offer_members(self) -> None:
        """"I am" lists the members' names as typed so far; what is in it stays."""
        names: list[str] = []
        for row in range(self.members.rowCount()):
            name = self.members.cellWidget(row, 0)
            text = " ".join(name.text().split()) if isinstance(name, QLineEdit) else ""
            if text and all(text.casefold() != n.casefold() for n in names):
                names.append(text)
        if names == [self.me.itemText(i) for i in range(self.me.count())]:
            return
        current = self.me.currentText()
        self.me.blockSignals(True)
        self.me.clear()
        self.me.addItems(names)
        self.me.setCurrentIndex(-1)
        self.me.setEditText(current)
        self.me.blockSignals(False)

    def _add_and_focus(self) -> None:
        """"Add member": a new seat with the cursor in its name."""
        row = self.add_member_row("", BoardRole.MEMBER)
        widget = self.members.cellWidget(row, 0)
        if widget is not None:
            widget.setFocus()

    def _name_seat(self, row: int) -> None:
        """Accessible names for a seat's two inputs (a screen reader says which seat)."""
        name, role = self.members.cellWidget(row, 0), self.members.cellWidget(row, 1)
        if isinstance(name, QLineEdit):
            name.setAccessibleName(fill(self.tr("Name of board member %1"), row + 1))
            name.setPlaceholderText(self.tr("First and last name"))
        if isinstance(role, QComboBox):
            role.setAccessibleName(fill(self.tr("Role of board member %1"), row + 1))

    # -- formats -----------------------------------------------------------------------------
    def _formats_chosen(self) -> None:
        """Choosing Germany's formats brings the euro along (the currency stays changeable)."""
        code = self.formats.currentData()
        if code in LOCALE_CURRENCY:
            self.currency.setCurrentText(LOCALE_CURRENCY[code])
        self._name_formats()

    def _name_formats(self) -> None:
        """Each format as a sample date and amount, so the choice needs no codes."""
        currency = self.currency.currentText().strip()
        for i in range(self.formats.count()):
            self.formats.setItemText(i, locale_text(self.formats.itemData(i), currency))

    # -- the answers -------------------------------------------------------------------------
    def answers(self) -> CompanyAnswers:
        """What was typed, trimmed; seats without a name are left out, each name once."""
        members: list[tuple[str, BoardRole]] = []
        for row in range(self.members.rowCount()):
            name, role = self.members.cellWidget(row, 0), self.members.cellWidget(row, 1)
            if isinstance(name, QLineEdit) and isinstance(role, QComboBox):
                text = " ".join(name.text().split())
                if text and all(text.casefold() != n.casefold() for n, _r in members):
                    members.append((text, BoardRole(role.currentData())))
        return CompanyAnswers(
            company={
                "name": self.name.text().strip(), "legal_form": self.legal_form.text().strip(),
                "locale": self.formats.currentData() or "de_CH",
                "currency": (self.currency.currentText().strip() or "CHF").upper()[:3],
                "board_name": self.board_name.currentText().strip(),
            },
            members=members, me=" ".join(self.me.currentText().split()))

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.setWindowTitle(self.tr("New workspace: your company"))
        self.intro.setText(self.tr(
            "These details appear on the cover and the signature lines of the decision record. "
            "Fill in what you know now; everything can be changed later in Settings."))
        labels = {
            "name": self.tr("Company &name:"), "legal_form": self.tr("Legal f&orm:"),
            "formats": self.tr("&Formats:"), "currency": self.tr("C&urrency:"),
            "board_name": self.tr("&Board:"), "me": self.tr("&I am:"),
        }
        for key, text in labels.items():
            label = self.form.labelForField(self._rows[key])
            if isinstance(label, QLabel):
                label.setText(text)
        self.name.setPlaceholderText(self.tr("e.g. Muster Haustechnik"))
        self.legal_form.setPlaceholderText(self.tr("e.g. AG, GmbH"))
        me_edit = self.me.lineEdit()
        if me_edit is not None:
            me_edit.setPlaceholderText(self.tr("Your name: recorded with each change in the history"))
        self.board_name.setToolTip(self.tr("The body that receives the decision record; type your own name for it if none fits"))
        current = self.board_name.currentText()
        self.board_name.clear()
        self.board_name.addItems(board_name_suggestions())
        if current:
            self.board_name.setCurrentText(current)
        self.members_label.setText(self.tr("Board &members:"))
        self.members.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.members_hint.setText(self.tr(
            "The chair and the minute-taker sign the minutes (Swiss CO Art. 713 para. 3). "
            "Each member is added to your people."))
        self.add_member.setText(self.tr("&Add member"))
        self.create_button.setText(self.tr("&Create workspace"))
        self.later_button.setText(self.tr("&Later"))
        self.later_button.setToolTip(self.tr("Creates the workspace now; the dashboard reminds you of what is missing"))
        for row in range(self.members.rowCount()):
            roles = self.members.cellWidget(row, 1)
            if isinstance(roles, QComboBox):
                for i in range(roles.count()):
                    roles.setItemText(i, board_role_label(BoardRole(roles.itemData(i)), self._tr))
            self._name_seat(row)
        self._name_formats()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Qt's route for a live language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
