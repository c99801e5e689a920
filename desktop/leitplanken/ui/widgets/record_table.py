"""An editable table over one list of the workspace (people, systems), edits as undo commands."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from leitplanken.domain import limits
from leitplanken.domain.fields import Field, field_of
from leitplanken.domain.model import Record
from leitplanken.ui.workspace import edits
from leitplanken.ui.workspace.session import Session

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: the record's field, its translated title, and whether it is a yes/no box."""

    field: str
    title: Callable[[], str]
    checkbox: bool = False
    tooltip: Callable[[], str] | None = None


class RecordTableModel(QAbstractTableModel):
    """Rows are the records of `session.workspace.<list_name>`; editing pushes SetFields."""

    def __init__(
        self,
        session: Session,
        list_name: str,
        kind: str,
        columns: list[Column],
        edit_text: Callable[[str], str],
        record_cls: type[Record],
        parent: QObject | None = None,
    ) -> None:
        """kind is the `changed` kind of these records ("person", "system"); record_cls their class."""
        super().__init__(parent)
        self.session = session
        self.list_name = list_name
        self.kind = kind
        self.record_cls = record_cls
        self.columns = columns
        # every column must name a declared field: its kind gives the editor's limit
        for column in columns:
            assert field_of(record_cls, column.field) is not None, (record_cls, column.field)
        self.edit_text = edit_text
        self._shown: list[str] = [r.uuid for r in self.records()]
        session.changed.connect(self._on_changed)
        session.reset.connect(self._reload)

    def records(self) -> list[Any]:
        """The live list of the workspace."""
        return getattr(self.session.workspace, self.list_name)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """One row per record."""
        return 0 if parent.isValid() else len(self.records())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The configured columns."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated titles and tooltips."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title()
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip()
        return None

    def field_at(self, index: Index) -> Field | None:
        """The declared field a cell shows (its kind decides the editor's limit)."""
        if not index.isValid() or not 0 <= index.column() < len(self.columns):
            return None
        return field_of(self.record_cls, self.columns[index.column()].field)

    def record_at(self, row: int) -> Any:
        """The record of a row."""
        return self.records()[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text for text columns, a check state for yes/no columns."""
        if not index.isValid() or index.row() >= len(self.records()):
            return None
        column = self.columns[index.column()]
        value = getattr(self.record_at(index.row()), column.field)
        if column.checkbox:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return str(value or "")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Everything editable unless the file is read-only."""
        base = super().flags(index)
        if not index.isValid() or self.session.read_only:
            return base
        if self.columns[index.column()].checkbox:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Turns a cell edit into an undo step."""
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        record = self.record_at(index.row())
        if column.checkbox and role == Qt.ItemDataRole.CheckStateRole:
            new: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif not column.checkbox and role == Qt.ItemDataRole.EditRole:
            new = str(value).strip()
            if column.field == "name" and not new:
                return False
            f = self.field_at(index)
            if f is not None:
                # the editor already stops at the limit; a value set another way is cut, never
                # handed to storage, which would refuse it as a programming error
                new = limits.cut_text(f, new)
        else:
            return False
        edits.set_fields(self.session, record, {column.field: new}, text=self.edit_text(column.field))
        return True

    def row_of(self, record: Record) -> int:
        """The row of a record, -1 if not listed."""
        for row, item in enumerate(self.records()):
            if item is record:
                return row
        return -1

    def _on_changed(self, kind: str, _uuid: str) -> None:
        """Any change to these records may add, remove or alter rows: redraw."""
        if kind != self.kind:
            return
        if [r.uuid for r in self.records()] == self._shown and self.records():
            # the same rows with new values: a reset here would destroy the cell editor whose
            # commit is still running (Qt warns and may commit it twice)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._shown) - 1, len(self.columns) - 1))
            return
        self._reload()

    def _reload(self) -> None:
        """A full reset; these lists are short (people and systems of one company)."""
        self.beginResetModel()
        self._shown = [r.uuid for r in self.records()]
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
