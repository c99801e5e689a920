"""Edit → History…: what changed in the workspace, by whom, since a chosen day.

Prepares a board meeting: "what changed since the last meeting" is the first question. The
start date defaults to the latest recorded decision, the closest thing to the last meeting.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leitplanken.i18n.fmt import Formatter
from leitplanken.i18n.labels import table_label
from leitplanken.i18n.translator import AppTranslator
from leitplanken.storage import FileError
from leitplanken.ui.widgets.field_widgets import qt_date_format
from leitplanken.ui.workspace.session import Session

#: How many of the latest changes the dialog reads; older ones are rarely asked for.
HISTORY_LIMIT = 5000

_Index = QModelIndex | QPersistentModelIndex


def _parse(at: str) -> datetime | None:
    """Reads a stored UTC timestamp; a damaged one is skipped rather than shown wrongly."""
    try:
        value = datetime.fromisoformat(at)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


class HistoryModel(QAbstractTableModel):
    """The changes since a day, newest first: time, author, what, action, description."""

    def __init__(self, entries: list, formatter: Formatter, parent: QWidget | None = None) -> None:
        """Keeps all entries read; `set_since` chooses which are shown."""
        super().__init__(parent)
        parsed = [(e, _parse(e.at)) for e in entries]
        self._all: list[tuple[Any, datetime]] = [(e, at) for e, at in parsed if at is not None]
        self._shown = list(self._all)
        self._fmt = formatter

    def set_since(self, day: date) -> None:
        """Shows only changes made on or after `day` (local time)."""
        self.beginResetModel()
        self._shown = [(e, at) for e, at in self._all if at.astimezone().date() >= day]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """One row per change (none below the root)."""
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """When, who, what, action, description."""
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("When"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("Change"),
            self.tr("Description"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The cell's text in the interface language."""
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry, at = self._shown[index.row()]
        column = index.column()
        if column == 0:
            return self._fmt.datetime(at.astimezone())
        if column == 1:
            return entry.author
        if column == 2:
            return self.table_name(entry.table)
        if column == 3:
            return self.action_name(entry.action)
        return entry.summary

    def table_name(self, table: str) -> str:
        """What kind of record changed, in words (the record type's declared name)."""
        return table_label(table, AppTranslator())

    def action_name(self, action: str) -> str:
        """Created, changed or removed."""
        return {
            "create": self.tr("Created"),
            "insert": self.tr("Added"),
            "update": self.tr("Changed"),
            "delete": self.tr("Removed"),
            "merge": self.tr("Merged"),
        }.get(action, action)


def last_decision_day(session: Session) -> date | None:
    """The day of the latest decision in the workspace, a stand-in for the last board meeting."""
    days = [d.decided_on for uc in session.workspace.use_cases for d in uc.decisions]
    return max(days) if days else None


class HistoryDialog(QDialog):
    """Lists the workspace's changes since a day the user picks."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        """Reads the history once; the date filter works on what was read."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("History"))
        self.resize(900, 520)
        fmt = Formatter(session.workspace.company.locale)
        try:
            entries = session.file.history(HISTORY_LIMIT)
        except FileError as err:
            session.report(err)
            entries = []
        self.model = HistoryModel(entries, fmt, self)
        self.since = QDateEdit(self)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat(qt_date_format(session.workspace.company.locale))
        start = last_decision_day(session) or session.today().replace(day=1)
        self.since.setDate(QDate(start.year, start.month, start.day))
        self.since.dateChanged.connect(self._since_changed)
        self.count = QLabel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        label = QLabel(self.tr("Changes since:"), self)
        label.setBuddy(self.since)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.since)
        row.addStretch(1)
        row.addWidget(self.count)
        hint = QLabel(
            self.tr("Starts at the latest recorded decision, usually the last board meeting."), self
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self._since_changed(self.since.date())

    def _since_changed(self, value: QDate) -> None:
        """Refilters and says how many changes are shown."""
        self.model.set_since(date(value.year(), value.month(), value.day()))
        self.view.resizeColumnsToContents()
        self.count.setText(self.tr("%n change(s)", None, self.model.rowCount()))
