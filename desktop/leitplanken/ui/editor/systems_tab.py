"""The use-case editor's Systems tab: which company systems the use case touches, and how.

The article's first open question: how does AI fit into the existing systems (the CRM)? Each
link says whether data flows automatically, by manual transfer or not at all, with a note on
who carries the manual step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leitplanken.domain import limits
from leitplanken.domain.fields import Field, field_of
from leitplanken.domain.model import Integration, System, UseCaseSystem
from leitplanken.i18n.labels import integration_label
from leitplanken.i18n.translator import AppTranslator
from leitplanken.ui.editor.use_case_tab import UseCaseTab
from leitplanken.ui.widgets.colours import Tone, brush, text_style
from leitplanken.ui.widgets.delegates import ChoiceDelegate, FieldTextDelegate, limit_line
from leitplanken.ui.workspace import edits

Index = QModelIndex | QPersistentModelIndex
SYSTEM, INTEGRATION, NOTE = range(3)


class UseCaseSystemsModel(QAbstractTableModel):
    """The systems linked to one use case: name, integration state, note."""

    def __init__(self, session: Any, parent: Any = None) -> None:
        """Starts empty; set_use_case() picks the use case."""
        super().__init__(parent)
        self.session = session
        self._uuid: str | None = None
        self._links: list[UseCaseSystem] = []

    def set_use_case(self, uuid: str | None) -> None:
        """Shows another use case's systems (or re-reads the current one)."""
        self.beginResetModel()
        self._uuid = uuid
        uc = self.session.workspace.use_case(uuid) if uuid else None
        links = list(uc.systems) if uc else []
        self._links = sorted(links, key=lambda link: self._name(link).casefold())
        self.endResetModel()

    def field_at(self, index: Index) -> Field | None:
        """The declared field a cell edits (the note's kind gives its editor's limit)."""
        return field_of(UseCaseSystem, "note") if index.isValid() and index.column() == NOTE else None

    def link_at(self, row: int) -> UseCaseSystem | None:
        """The link shown in a row."""
        return self._links[row] if 0 <= row < len(self._links) else None

    def row_of(self, system_uuid: str) -> int:
        """The row of a system, -1 when it is not linked."""
        return next((r for r, link in enumerate(self._links) if link.system_uuid == system_uuid), -1)

    def _name(self, link: UseCaseSystem) -> str:
        """The linked system's name (a removed system shows as unknown)."""
        system = next((s for s in self.session.workspace.systems if s.uuid == link.system_uuid), None)
        return system.name if system else self.tr("(unknown system)")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """One row per linked system."""
        return 0 if parent.isValid() else len(self._links)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """System, integration, note."""
        return 0 if parent.isValid() else 3

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("System"), self.tr("How data flows"), self.tr("Note")][section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Integration and note are editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != SYSTEM:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Names, integration in words, notes."""
        link = self.link_at(index.row()) if index.isValid() else None
        if link is None:
            return None
        column = index.column()
        if column == SYSTEM and role == Qt.ItemDataRole.DisplayRole:
            return self._name(link)
        if column == INTEGRATION:
            if role == Qt.ItemDataRole.DisplayRole:
                return integration_label(Integration(link.integration), AppTranslator())
            if role == Qt.ItemDataRole.EditRole:
                return Integration(link.integration).value
            if role == Qt.ItemDataRole.ForegroundRole and link.integration == Integration.MANUAL:
                return brush(Tone.WARNING)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("A manual transfer needs an owner: name who copies the data, and how often.")
        if column == NOTE and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return link.note
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Changes integration or note as an undo step."""
        link = self.link_at(index.row()) if index.isValid() else None
        if link is None or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == INTEGRATION:
            return edits.set_fields(self.session, link, {"integration": Integration(value)},
                                    self.tr("Set integration"))
        if index.column() == NOTE:
            f = self.field_at(index)
            assert f is not None
            # the editor stops at the limit; a value set another way is cut, not refused by storage
            note = limits.cut_text(f, str(value or "").strip())
            return edits.set_fields(self.session, link, {"note": note},
                                    self.tr("Edit system note"))
        return False


class NewSystemDialog(QDialog):
    """Name and kind of a system the company did not list yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """A two-field form; the name is required."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("New system"))
        self.name_edit = limit_line(QLineEdit(), System, "name")
        self.kind_edit = limit_line(QLineEdit(), System, "kind")
        self.kind_edit.setPlaceholderText(self.tr("e.g. CRM, ERP, e-mail, website, phone, accounting"))
        self.message = QLabel()
        self.message.setStyleSheet(text_style(Tone.ERROR))
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Kind:"), self.kind_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        """Refuses an empty name with a message."""
        if not self.name_edit.text().strip():
            self.message.setText(self.tr("Please enter the system's name."))
            self.message.show()
            return
        super().accept()

    def system(self) -> System:
        """The system as entered (not stored yet)."""
        return System(name=self.name_edit.text().strip(), kind=self.kind_edit.text().strip())


class SystemsTab(UseCaseTab):
    """Links between the use case and the company's systems."""

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        """Builds the intro, the add row, the table and the remove button."""
        super().__init__(session, parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.system_combo = QComboBox(self)
        self.system_combo.setMinimumContentsLength(16)
        self.link_button = QPushButton(self)
        self.link_button.clicked.connect(self.link_selected_system)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.create_system)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.unlink_current)
        tools = QHBoxLayout()
        tools.addWidget(self.system_combo, 1)
        tools.addWidget(self.link_button)
        tools.addWidget(self.new_button)
        tools.addStretch(1)
        tools.addWidget(self.remove_button)
        self.model = UseCaseSystemsModel(session, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setItemDelegateForColumn(INTEGRATION, ChoiceDelegate(self._integration_choices, self))
        self.view.setItemDelegateForColumn(NOTE, FieldTextDelegate(self.model.field_at, self))
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().resizeSection(SYSTEM, 220)
        self.view.horizontalHeader().resizeSection(INTEGRATION, 200)
        self.view.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        self.retranslate()
        self.set_use_case(None)

    def retranslate(self) -> None:
        """Every label in the current language."""
        self.intro.setText(
            self.tr(
                "Which of the company's systems does this use case touch? A tool that does not "
                "talk to the CRM stays an experiment: say for each system whether data flows "
                "automatically, by manual transfer (who does it?) or not at all."
            )
        )
        self.link_button.setText(self.tr("Link system"))
        self.new_button.setText(self.tr("New system…"))
        self.new_button.setToolTip(self.tr("Adds a system to the company's list and links it here"))
        self.remove_button.setText(self.tr("Unlink system"))

    def _integration_choices(self) -> list[tuple[str, Any]]:
        """Not connected / manual transfer / automated."""
        tr = AppTranslator()
        return [(integration_label(i, tr), i.value) for i in Integration]

    def refresh(self) -> None:
        """Re-reads links and the systems that can still be linked."""
        current = self.model.link_at(self.view.currentIndex().row())
        self.model.set_use_case(self.use_case_uuid)
        if current is not None:
            row = self.model.row_of(current.system_uuid)
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row, INTEGRATION))
        uc = self.use_case()
        linked = {link.system_uuid for link in uc.systems} if uc else set()
        self.system_combo.clear()
        for system in sorted(self.session.workspace.systems, key=lambda s: s.name.casefold()):
            if system.uuid not in linked:
                self.system_combo.addItem(system.name, system.uuid)
        self.system_combo.setEnabled(self.system_combo.count() > 0)
        self.link_button.setEnabled(self.system_combo.count() > 0)
        self.remove_button.setEnabled(self.model.rowCount() > 0)

    def focus_target(self, params: dict) -> None:
        """Selects a linked system, else offers the add row."""
        row = self.model.row_of(str(params.get("system_uuid") or ""))
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, INTEGRATION))
            self.view.setFocus()
        else:
            self.system_combo.setFocus()

    def _link(self, records: list[Any], system_uuid: str, text: str) -> None:
        """Adds the link (and a new system) as one undo step, then selects it."""
        uc = self.use_case()
        if uc is None:
            return
        link = UseCaseSystem(use_case_uuid=uc.uuid, system_uuid=system_uuid,
                             integration=Integration.NOT_CONNECTED)
        edits.add_records(self.session, [*records, link], text)
        row = self.model.row_of(system_uuid)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, INTEGRATION))

    def link_selected_system(self) -> None:
        """Links the system chosen in the combo box."""
        uuid = self.system_combo.currentData()
        if uuid:
            self._link([], uuid, self.tr("Link system"))

    def create_system(self) -> None:
        """Creates a company system on the spot and links it."""
        dialog = NewSystemDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            system = dialog.system()
            self._link([system], system.uuid, self.tr("Add and link system"))

    def unlink_current(self) -> None:
        """Removes the selected link (the system stays in the company's list)."""
        link = self.model.link_at(self.view.currentIndex().row())
        if link is not None:
            edits.remove_records(self.session, [link], self.tr("Unlink system"))
