"""A page with an intro text, an editable table and Add / Remove buttons (people, systems)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leitplanken.ui.widgets.delegates import FieldTextDelegate
from leitplanken.ui.widgets.record_table import RecordTableModel
from leitplanken.ui.workspace.session import Session


class ListPage(QWidget):
    """Subclasses provide the model, add_record(), remove_record() and retranslate()."""

    def __init__(self, session: Session, model: RecordTableModel, parent: QWidget | None = None) -> None:
        """Lays out intro, table and buttons; Delete removes the selected row."""
        super().__init__(parent)
        self.session = session
        self.model = model
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(model)
        # one delegate for every column: each text cell stops at its field's limit
        self.table.setItemDelegate(FieldTextDelegate(model.field_at, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_record)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        session.file_state_changed.connect(self._update_buttons)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """A read-only file offers no editing."""
        self.add_button.setEnabled(not self.session.read_only)
        self.remove_button.setEnabled(not self.session.read_only)

    def selected_record(self) -> object | None:
        """The record in the current row, if any."""
        index = self.table.currentIndex()
        return self.model.record_at(index.row()) if index.isValid() else None

    def edit_new_row(self, record: object) -> None:
        """Selects a just-added record and opens its first cell for typing."""
        row = self.model.row_of(record)  # type: ignore[arg-type]
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def add_record(self) -> None:
        """Adds a record (subclasses)."""
        raise NotImplementedError

    def remove_selected(self) -> None:
        """Removes the selected record (subclasses)."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Texts in the interface language (subclasses)."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Qt's route for a live language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
