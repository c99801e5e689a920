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
from leitplanken.domain.model import BoardMember, BoardRole, Company, Person
from leitplanken.i18n.fmt import Formatter, locale_name
from leitplanken.i18n.labels import board_role_label
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.ui.settings import app_settings
from leitplanken.ui.settings.company_page import board_name_suggestions
from leitplanken.ui.settings.language import choose_language
from leitplanken.ui.widgets.delegates import limit_line
from leitplanken.ui.widgets.field_widgets import OptionalDateEdit
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
        self.me = QComboBox(self)
        self.me.setObjectName("settings-me")
        self.me.setEditable(True)
        me_edit = self.me.lineEdit()
        assert me_edit is not None
        limit_line(me_edit, Person, "name")
        self.me.addItems(sorted((p.name for p in session.workspace.people if p.name.strip()), key=str.casefold))
        self.me.setCurrentText(app_settings.my_name())
        self.meeting_date = OptionalDateEdit(self)
        self.meeting_date.setObjectName("settings-meeting-date")
        self.meeting_date.set_value(company.meeting_date)
        self.meeting_time = limit_line(QLineEdit(company.meeting_time, self), Company, "meeting_time")
        self.meeting_time.setObjectName("settings-meeting-time")
        self.meeting_place = limit_line(QLineEdit(company.meeting_place, self), Company, "meeting_place")
        self.meeting_place.setObjectName("settings-meeting-place")
        self.board_name = QComboBox(self)
        self.board_name.setObjectName("settings-board-name")
        self.board_name.setEditable(True)
        self._limit_combo(self.board_name, "board_name")
        self.board_name.setCurrentText(company.board_name)
        self.trap_days = QSpinBox(self)
        self.trap_days.setRange(7, 730)
        self.trap_days.setValue(company.pilot_trap_days)
        self.paper = QComboBox(self)
        self.paper.addItem("A4", "a4")
        self.paper.addItem(self.tr("Letter"), "letter")  # "Letter (US)" in German
        self.paper.setCurrentIndex(max(self.paper.findData(company.paper_size), 0))

        self.board = QTableWidget(0, 2, self)
        self.board.setObjectName("settings-board")
        self.board.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.board.verticalHeader().hide()
        self.board.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.board.setMinimumHeight(140)
        for member in sorted(session.workspace.board, key=lambda m: m.sort):
            self._add_board_row(member.person_uuid, member.role)
        self.add_member = QPushButton(self)
        self.add_member.clicked.connect(self._add_and_focus)
        self.remove_member = QPushButton(self)
        self.remove_member.clicked.connect(self._remove_board_row)

        self.ui_box = QGroupBox(self)
        ui_form = QFormLayout(self.ui_box)
        self.company_box = QGroupBox(self)
        form = QFormLayout(self.company_box)
        # long German labels put their field below them rather than widen the dialog past 1,024 px
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for combo in (self.formats, self.currency, self.doc_language, self.language):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
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
        self.meeting_box = QGroupBox(self)
        meeting_form = QFormLayout(self.meeting_box)
        self._rows: list[tuple[Any, str, QWidget]] = [
            (ui_form, "language", self.language), (ui_form, "me", self.me),
            (form, "name", self.name), (form, "legal_form", self.legal_form),
            (form, "locale", self.formats), (form, "currency", self.currency),
            (form, "doc_language", self.doc_language), (form, "trap_days", self.trap_days),
            (form, "paper", self.paper), (board_form, "board_name", self.board_name),
            (meeting_form, "meeting_date", self.meeting_date),
            (meeting_form, "meeting_time", self.meeting_time),
            (meeting_form, "meeting_place", self.meeting_place),
        ]
        self._labels: dict[str, Any] = {}
        for target, key, widget in self._rows:
            target.addRow(key, widget)
            self._labels[key] = target.labelForField(widget)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(self.ui_box)
        left.addWidget(self.company_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.board_box, 1)
        right.addWidget(self.meeting_box)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        # Tab goes down the left column, then the right one, as the boxes are read
        order = (self.language, self.me, self.name, self.legal_form, self.formats, self.currency,
                 self.doc_language, self.trap_days, self.paper, self.board_name, self.board,
                 self.remove_member, self.add_member, self.meeting_date, self.meeting_time,
                 self.meeting_place, self.buttons)
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.retranslate()
        self.resize(940, 560)

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
        person.setEditable(True)  # a name that is not among the people yet becomes a new person
        edit = person.lineEdit()
        assert edit is not None
        limit_line(edit, Person, "name")
        for p in sorted(self.session.workspace.people, key=lambda x: x.name.casefold()):
            person.addItem(p.name, p.uuid)
        if person_uuid:
            person.setCurrentIndex(max(person.findData(person_uuid), 0))
        else:
            person.setCurrentIndex(-1)
            person.setEditText("")
        edit.setPlaceholderText(self.tr("Choose a person or type a new name"))
        person.setAccessibleName(fill(self.tr("Board member %1"), row + 1))
        roles = QComboBox(self.board)
        for value in BoardRole:
            roles.addItem(board_role_label(value, self._tr), value.value)
        roles.setCurrentIndex(max(roles.findData(BoardRole(role).value), 0))
        roles.setAccessibleName(fill(self.tr("Role of board member %1"), row + 1))
        self.board.setCellWidget(row, 0, person)
        self.board.setCellWidget(row, 1, roles)

    def _add_and_focus(self) -> None:
        """"Add member": a new row, the cursor in its name (a chair first, then a minute-taker)."""
        roles = {r for _p, _n, r in self.board_rows()}
        role = next((r for r in (BoardRole.CHAIR, BoardRole.MINUTE_TAKER) if r not in roles), BoardRole.MEMBER)
        self._add_board_row(None, role)
        widget = self.board.cellWidget(self.board.rowCount() - 1, 0)
        if widget is not None:
            widget.setFocus()

    def focus_section(self, section: str) -> None:
        """Puts the cursor where the dashboard's link points ("name", "board", "meeting", "me")."""
        if section == "name":
            self.name.setFocus()
        elif section == "board":
            if self.board.rowCount() == 0:
                self._add_and_focus()
            else:
                self.board.setFocus()
        elif section == "meeting":
            self.meeting_date.setFocus()
        elif section == "me":
            self.me.setFocus()

    def _remove_board_row(self) -> None:
        """Removes the selected member row."""
        row = self.board.currentRow()
        if row >= 0:
            self.board.removeRow(row)

    def board_rows(self) -> list[tuple[str | None, str, BoardRole]]:
        """The members as chosen: (person UUID or None for a new name, name, role), each once."""
        people = {p.name.casefold(): p.uuid for p in self.session.workspace.people}
        rows: list[tuple[str | None, str, BoardRole]] = []
        for row in range(self.board.rowCount()):
            person, role = self.board.cellWidget(row, 0), self.board.cellWidget(row, 1)
            if not isinstance(person, QComboBox) or not isinstance(role, QComboBox):
                continue
            name = " ".join(person.currentText().split())
            index = person.currentIndex()
            uuid = person.itemData(index) if index >= 0 and person.itemText(index) == person.currentText() else None
            uuid = uuid or people.get(name.casefold())
            seen = {u for u, _n, _r in rows if u} | {n.casefold() for u, n, _r in rows if not u}
            if name and (uuid or name.casefold()) not in seen:
                rows.append((uuid, name, BoardRole(role.currentData())))
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
        app_settings.put(app_settings.ME, " ".join(self.me.currentText().split()))
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
            "meeting_date": self.meeting_date.value(),
            "meeting_time": self.meeting_time.text().strip(),
            "meeting_place": self.meeting_place.text().strip(),
        }
        for key, value in values.items():
            f = field_of(Company, key)
            if isinstance(value, str) and f is not None:
                # upper() can lengthen a typed text ("ß" becomes "SS"): keep it within its field
                values[key] = limits.cut_text(f, value)
        changed = {k: v for k, v in values.items() if getattr(ws.company, k) != v}
        rows = self.board_rows()
        existing = {m.person_uuid: m for m in ws.board}
        newcomers = [Person(name=name) for uuid, name, _role in rows if uuid is None]
        names = iter(newcomers)
        wanted = [(uuid or next(names).uuid, role) for uuid, _name, role in rows]
        if not changed and [(m.person_uuid, m.role) for m in sorted(ws.board, key=lambda m: m.sort)] == wanted:
            return
        with edits.one_step(self.session, self.tr("Change settings")):
            if changed:
                edits.set_fields(self.session, ws.company, changed, text=self.tr("Change company settings"))
            if newcomers:  # a name typed in the board list becomes one of the company's people
                edits.add_records(self.session, newcomers, text=self.tr("Add person"))
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
        self.meeting_box.setTitle(self.tr("Next board meeting (for the record's cover)"))
        me_line = self.me.lineEdit()
        if me_line is not None:
            me_line.setPlaceholderText(self.tr("Choose yourself among the people or type your name"))
        self.me.setToolTip(self.tr("Your name, recorded with each change in the history (kept on this computer)"))
        self.meeting_time.setPlaceholderText(self.tr("e.g. 14:00"))
        self.meeting_place.setPlaceholderText(self.tr("e.g. meeting room, head office"))
        texts = {
            "language": self.tr("Interface &language:"), "me": self.tr("&I am:"),
            "name": self.tr("Company &name:"),
            "legal_form": self.tr("Legal &form:"), "locale": self.tr("For&mats (locale):"),
            "currency": self.tr("&Currency:"), "doc_language": self.tr("Language of catalogue and &decision record:"),
            "trap_days": self.tr("Pilot &trap after (days):"), "paper": self.tr("&Paper size:"),
            "board_name": self.tr("Name of the &board:"),
            "meeting_date": self.tr("Dat&e:"), "meeting_time": self.tr("&Start time:"),
            "meeting_place": self.tr("&Where:"),
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
        self.board_name.addItems(board_name_suggestions())
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
