"""Edit → History…: what changed in the workspace, by whom, since a chosen day — in words.

Prepares a board meeting: "what changed since the last meeting" is the first question. The
start date defaults to the latest recorded decision, the closest thing to the last meeting.
Each row says who, when, what (the record by its name, with its use case) and the change
itself: "Status: Pilot → Regular operation", with fields, statuses and decision kinds in the
interface language and people by name, never a stored key.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
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

from leitplanken.domain.fields import Field, Kind, record_type_of_table
from leitplanken.domain.model import Workspace
from leitplanken.i18n import labels
from leitplanken.i18n.fmt import Formatter
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.storage import FileError
from leitplanken.ui.settings import app_settings
from leitplanken.ui.widgets.field_widgets import qt_date_format
from leitplanken.ui.workspace.session import CHILD_LISTS, Session

#: How many of the latest entries the dialog reads; older ones are rarely asked for.
HISTORY_LIMIT = 5000

#: Up to this many rows are made as tall as their text (more would make filtering slow).
ROWS_FITTED = 1500

#: The history action whose entry holds an update's old and new values (storage.writes).
FIELD_CHANGES = "fields"

#: Formats for times and dates per interface language, when the company's are another's.
_UI_LOCALES = {"de_CH": "de_CH", "de": "de_DE", "en": "en_GB"}

_Index = QModelIndex | QPersistentModelIndex


def _parse(at: str) -> datetime | None:
    """Reads a stored UTC timestamp; a damaged one is skipped rather than shown wrongly."""
    try:
        value = datetime.fromisoformat(at)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def ui_formatter(company_locale: str) -> Formatter:
    """Dates and times in the interface language (the company's formats when they speak it)."""
    language = app_settings.interface_language()
    own = company_locale.split("_")[0] == language.split("_")[0]
    if language == "de_CH":
        own = company_locale.endswith("_CH") and company_locale.startswith("de")
    return Formatter(company_locale if own else _UI_LOCALES.get(language, "de_CH"))


class Words:
    """Turns stored names and values into what a user reads, for one workspace."""

    def __init__(self, workspace: Workspace, fmt: Formatter,
                 among: Collection[str] | None = None) -> None:
        """Names of the records that references may point at, looked up once.

        `among`: the use cases whose parts the history names (only their children are read;
        None reads every use case's).
        """
        self.ws = workspace
        self.fmt = fmt
        self.tr = AppTranslator()
        self.names: dict[str, str] = {p.uuid: p.name for p in workspace.people}
        self.names.update({s.uuid: s.name for s in workspace.systems})
        named = [uc for uc in workspace.use_cases if among is None or uc.uuid in among]
        for uc in workspace.use_cases:
            self.names[uc.uuid] = uc.title
        for uc in named:
            self.names.update({a.uuid: a.title for a in uc.activities})
            self.names.update({i.uuid: i.title for i in uc.checklist})
        self.parents: dict[str, str] = {}
        for uc in named:
            for collection in CHILD_LISTS.values():
                for rec in getattr(uc, collection):
                    self.parents[rec.uuid] = uc.title
        # records without a name of their own are named by whom or what they point at
        self.pointed: dict[str, str] = {m.uuid: self.names.get(m.person_uuid, "") for m in workspace.board}
        for uc in named:
            self.pointed.update({m.uuid: self.names.get(m.person_uuid, "") for m in uc.members})
            self.pointed.update({s.uuid: self.names.get(s.system_uuid, "") for s in uc.systems})
            self.pointed.update({c.uuid: f"{c.letter.value}: {self.names.get(c.person_uuid, '')}"
                                 for c in uc.cells})

    def field_name(self, table: str, name: str) -> str:
        """A field's declared name in the interface language."""
        rt = record_type_of_table(table)
        return labels.field_label(rt.cls, name, self.tr) if rt is not None else name

    def value(self, table: str, name: str, value: Any) -> str:
        """A stored value in words: labels for choices, names for references, local dates."""
        rt = record_type_of_table(table)
        declared: Field | None = None
        if rt is not None:
            declared = next((f for f in rt.fields if f.name == name), None)
        if value is None or value == "" or declared is None:
            return "—" if value in (None, "") else str(value)
        try:
            return self._typed(declared, value)
        except (ValueError, TypeError, KeyError, InvalidOperation):
            return str(value)  # a value this version does not know: shown as it is stored

    def _typed(self, f: Field, value: Any) -> str:
        """The value by its field's kind."""
        if f.kind is Kind.FLAG:
            return labels.yes_no(bool(int(value)), self.tr)
        if f.kind is Kind.ENUM and f.enum in labels.ENUM_LABELS:
            return labels.ENUM_LABELS[f.enum](f.enum(value), self.tr)
        if f.kind is Kind.DATE:
            return self.fmt.date(date.fromisoformat(str(value)))
        if f.kind is Kind.REF:
            return self.names.get(str(value)) or self.tr.translate("HistoryModel", "(removed)")
        if f.kind is Kind.MONEY:
            return self.fmt.money(Decimal(str(value)), self.ws.company.currency or "CHF")
        if f.kind is Kind.NUMBER:
            return self.fmt.number(Decimal(str(value)))
        if f.kind is Kind.TAGS:
            tags = json.loads(value) if isinstance(value, str) else value
            return ", ".join(str(t) for t in tags) or "—"
        return " ".join(str(value).split())

    def summary(self, table: str, text: str, row_uuid: str = "") -> str:
        """The record's name at the time; a decision by its translated kind; a seat or a
        letter by the person it names (while the record still exists)."""
        if row_uuid in self.pointed and table in ("board_member", "raci_member", "raci_cell", "use_case_system"):
            return self.pointed[row_uuid] or text
        rt = record_type_of_table(table)
        if rt is not None and text:
            for f in rt.fields:
                if f.kind is Kind.ENUM and f.enum in labels.ENUM_LABELS and f.name in ("kind", "letter", "question"):
                    try:
                        return labels.ENUM_LABELS[f.enum](f.enum(text), self.tr)
                    except ValueError:
                        continue
        return text


class HistoryModel(QAbstractTableModel):
    """The changes since a day, newest first: when, who, what, and the change in words."""

    def __init__(self, entries: list, words: Words, parent: QWidget | None = None) -> None:
        """Pairs each update with its old → new values; `set_since` chooses which are shown."""
        super().__init__(parent)
        self._words = words
        values: dict[tuple[str, str, str], dict] = {}
        for e in entries:
            if e.action == FIELD_CHANGES:
                try:
                    changed = json.loads(e.summary)
                except ValueError:
                    continue
                if isinstance(changed, dict):
                    values[(e.at, e.table, e.row_uuid)] = changed
        self._all: list[tuple[Any, datetime, dict]] = []
        for e in entries:
            at = _parse(e.at)
            if at is not None and e.action != FIELD_CHANGES:
                self._all.append((e, at, values.get((e.at, e.table, e.row_uuid), {})))
        self._shown = list(self._all)

    def set_since(self, day: date) -> None:
        """Shows only changes made on or after `day` (local time)."""
        self.beginResetModel()
        self._shown = [row for row in self._all if row[1].astimezone().date() >= day]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """One row per change (none below the root)."""
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """When, who, what, change."""
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Change"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The cell's text in the interface language (the tooltip shows all of it)."""
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry, at, changed = self._shown[index.row()]
        column = index.column()
        if column == 0:
            return self._words.fmt.datetime(at.astimezone())
        if column == 1:
            return entry.author or "—"
        if column == 2:
            return self.what(entry)
        return self.change(entry, changed)

    def what(self, entry: Any) -> str:
        """The record: its kind and name, and the use case it belongs to."""
        kind = labels.table_label(entry.table, self._words.tr)
        name = self._words.summary(entry.table, entry.summary, entry.row_uuid)
        text = fill(self.tr("%1 “%2”"), kind, name) if name else kind
        parent = self._words.parents.get(entry.row_uuid)
        if parent and entry.table != "use_case":
            text = fill(self.tr("%1 in “%2”"), text, parent)
        return text

    def change(self, entry: Any, changed: dict) -> str:
        """Added, removed, or each changed field as "Field: old → new" (one per line)."""
        simple = {
            "create": self.tr("Created"), "insert": self.tr("Added"), "delete": self.tr("Removed"),
            "merge": self.tr("Taken over from a merged copy"),
            "merge_kept": self.tr("Other version kept by a merge"),
        }
        if entry.action != "update" or not changed:
            return simple.get(entry.action, self.tr("Changed"))
        lines = []
        for name, pair in changed.items():
            old, new = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
            lines.append(fill(self.tr("%1: %2 → %3"), self._words.field_name(entry.table, name),
                              self._words.value(entry.table, name, old),
                              self._words.value(entry.table, name, new)))
        return "\n".join(lines)


def last_decision_day(session: Session) -> date | None:
    """The day of the latest decision in the workspace, a stand-in for the last board meeting."""
    return session.latest_decision_day()


class HistoryDialog(QDialog):
    """Lists the workspace's changes since a day the user picks."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        """Reads the history once; the date filter works on what was read."""
        super().__init__(parent)
        self.setObjectName("history-dialog")
        self.setWindowTitle(self.tr("History"))
        self.resize(960, 560)
        fmt = ui_formatter(session.workspace.company.locale)
        try:
            entries = session.file.history(HISTORY_LIMIT)
        except FileError as err:
            session.report(err)
            entries = []
        among = session.use_cases_holding({e.row_uuid for e in entries})
        self.model = HistoryModel(entries, Words(session.workspace, fmt, among), self)
        self.since = QDateEdit(self)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat(qt_date_format(session.workspace.company.locale))
        start = last_decision_day(session) or session.today().replace(day=1)
        self.since.setDate(QDate(start.year, start.month, start.day))
        self.since.dateChanged.connect(self._since_changed)
        self.count = QLabel(self)
        self.view = QTableView(self)
        self.view.setObjectName("history-table")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().sectionResized.connect(self._fit_rows)  # width known on show
        self.view.setAccessibleName(self.tr("Changes"))
        label = QLabel(self.tr("Changes &since:"), self)
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
        for column, most in ((0, 160), (1, 170), (2, 330)):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), most))
        self._fit_rows()

    def _fit_rows(self, *_args: object) -> None:
        """Each changed field on its own line, all of it (rows as tall as their text)."""
        if self.model.rowCount() <= ROWS_FITTED:
            self.view.resizeRowsToContents()
        self.count.setText(self.tr("%n change(s)", None, self.model.rowCount()))
